package io.stint.admin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FeatureMapTest {

    /** The repository's own features folder, as the bundle carries it. */
    private static FeatureMap project() {
        Path features = Path.of("../../features");
        return FeatureMap.read(path -> {
            try {
                Path file = features.resolve(path);
                return Files.exists(file) ? Files.readString(file) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void aBundleBelongsToTheFeatureWhoseRunRequiresNameIt() {
        FeatureMap map = project();
        assertEquals(Optional.of("export-csv"), map.featureOf("io.stint.export.csv"));
        assertEquals(Optional.of("core"), map.featureOf("io.stint.rest"));
        assertEquals(Optional.of("admin"), map.featureOf("io.stint.admin"));
        assertEquals(Optional.of("capture-x11"), map.featureOf("io.stint.capture.x11"));
    }

    @Test
    void anApiBundleBelongsToTheFeatureOfItsImplementation() {
        FeatureMap map = project();
        // compat-chronicle's POM lists the export API too, but export is where it belongs
        assertEquals(Optional.of("export"), map.featureOf("io.stint.export.api"));
        assertEquals(Optional.of("tracking"), map.featureOf("io.stint.tracking.api"));
    }

    @Test
    void anApiBundleWithoutAnImplementationOfItsNameBelongsToTheFirstFeatureListingIt() {
        assertEquals(Optional.of("ai-assistant"), project().featureOf("io.stint.ai.api"));
        assertEquals(Optional.of("activity"), project().featureOf("io.stint.capture.api"));
    }

    @Test
    void aBundleInNoFeatureHasNone() {
        assertEquals(Optional.empty(), project().featureOf("io.stint.example"));
        assertEquals(Optional.empty(), FeatureMap.empty().featureOf("io.stint.rest"));
    }

    @Test
    void onlyRunRequiresCountNotTheBlacklist() {
        String bndrun = "# comment\n-runrequires.platform: \\\n    bnd.identity;id='org.apache.felix.scr',\\\n"
                + "    bnd.identity;id='org.apache.felix.configadmin'\n"
                + "-runblacklist.platform: \\\n    bnd.identity;id='org.eclipse.jetty.servlet-api'\n";
        assertEquals(List.of("org.apache.felix.scr", "org.apache.felix.configadmin"), FeatureMap.runRequires(bndrun));
        FeatureMap map = FeatureMap.of(List.of("platform"), Map.of("platform", bndrun), Map.of());
        assertTrue(map.featureOf("org.eclipse.jetty.servlet-api").isEmpty());
    }
}
