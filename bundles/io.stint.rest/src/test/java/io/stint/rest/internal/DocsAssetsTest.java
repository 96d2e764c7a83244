package io.stint.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DocsAssetsTest {

    private final List<String> asked = new ArrayList<>();

    /** Looks files up in this test's class path, under the bundle's folder (src/main/resources). */
    private final DocsAssets assets = new DocsAssets(path -> {
        asked.add(path);
        return getClass().getClassLoader().getResource(path);
    });

    @Test
    void servesAFileOfTheFolderWithItsContentType() {
        DocsAssets.Asset js = assets.find("stint-docs.js").orElseThrow();
        assertEquals("text/javascript; charset=utf-8", js.contentType());
        assertTrue(js.url().toString().endsWith("stint/docs/stint-docs.js"));
        assertEquals("text/css; charset=utf-8", assets.find("stint-docs.css").orElseThrow().contentType());
    }

    @Test
    void aMissingFileIsNotFound() {
        assertEquals(Optional.empty(), assets.find("nothing.css"));
    }

    @Test
    void namesThatCouldLeaveTheFolderAreRefusedWithoutALookup() {
        for (String name : List.of("..", "../stint-docs.js", "..%2Fx.js", "a/../b.js", ".hidden.css", "a..b.js", "x/y.css",
                "x\\y.css", "", "stint-docs.js/", "stint-docs.js%00.png")) {
            assertEquals(Optional.empty(), assets.find(name), name);
        }
        assertEquals(Optional.empty(), assets.find(null));
        assertEquals(List.of(), asked);
    }

    @Test
    void onlyTheServedKindsHaveAContentType() {
        assertEquals("image/png", DocsAssets.contentType("favicon-32x32.png").orElseThrow());
        assertEquals("text/plain; charset=utf-8", DocsAssets.contentType("swagger-ui-bundle.js.LICENSE.txt").orElseThrow());
        assertEquals(Optional.empty(), DocsAssets.contentType("index.html"));
        assertEquals(Optional.empty(), DocsAssets.contentType("Makefile"));
        assertEquals(Optional.empty(), DocsAssets.contentType("DocsAssets.class"));
    }

    @Test
    void theUnservedKindsAreNeverLookedUp() {
        assertEquals(Optional.empty(), assets.find("secret.properties"));
        assertEquals(List.of(), asked);
    }

    @Test
    void resolvesInsideTheDocsFolderOnly() {
        assets.find("x.css");
        assertEquals(List.of(DocsAssets.FOLDER + "x.css"), asked);
    }
}
