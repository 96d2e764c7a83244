package io.stint.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WebAssetsTest {

    private final Set<String> asked = new HashSet<>();
    private final WebAssets assets = new WebAssets(path -> {
        asked.add(path);
        try {
            return path.equals("web/js/app.js") || path.equals("web/index.html") || path.equals("web/secret.properties")
                    ? new URL("file:/" + path) : null;
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    });

    @Test
    void aPlainPathOfAServedKindIsFoundInTheWebFolderWithItsType() {
        Optional<WebAssets.Asset> js = assets.find("js/app.js");
        assertTrue(js.isPresent());
        assertEquals("text/javascript; charset=utf-8", js.get().contentType());
        assertEquals("text/html; charset=utf-8", assets.find("index.html").get().contentType());
    }

    @Test
    void traversalHiddenAndOddPathsAreRefusedWithoutLookingThemUp() {
        for (String path : new String[] { "../etc/passwd", "js/../../x.js", ".hidden.js", "js//app.js", "/js/app.js",
                "js/app.js/", "js\\app.js", "js/%2e%2e/app.js", "", "a".repeat(201) + ".js" }) {
            assertTrue(assets.find(path).isEmpty(), path);
        }
        assertTrue(asked.isEmpty(), asked.toString());
    }

    @Test
    void kindsThatAreNotServedStayPrivateEvenWhenTheFileExists() {
        assertTrue(assets.find("secret.properties").isEmpty());
        assertTrue(assets.find("js/app").isEmpty());
        assertTrue(asked.isEmpty());
    }

    @Test
    void aMissingFileIsEmpty() {
        assertTrue(assets.find("js/missing.js").isEmpty());
        assertEquals(Set.of("web/js/missing.js"), asked);
    }
}
