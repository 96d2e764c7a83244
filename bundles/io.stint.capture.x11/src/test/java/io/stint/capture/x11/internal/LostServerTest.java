package io.stint.capture.x11.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An X server that goes away (the person logs out) must not take the Stint process with it. */
class LostServerTest {

    @Test
    void anXServerThatDiesLeavesTheProcessRunningAndTheSourceUnavailable() throws Exception {
        RecordingSink sink = new RecordingSink();
        X11Source source;
        try (Xvfb xvfb = Xvfb.start()) {
            try (Desktop desktop = new Desktop(xvfb.display())) {
                desktop.activate(desktop.window("writer", "Writer", "letter.odt", null, 0));
                desktop.keepWindowsAfterClose();
            }
            source = new X11Source(xvfb.display(), 50, 300_000);
            assertTrue(source.available());
            source.open(sink);
            sink.await(e -> "letter.odt".equals(e.title()), 3);
        } // Xvfb is killed here, while the source polls it

        Thread.sleep(300); // several polls against the dead connection
        assertFalse(source.available(), "a source whose server is gone reports itself unavailable");
        int count = sink.events().size();
        Thread.sleep(200);
        assertTrue(sink.events().size() == count, "events after the server died");
        assertTimeoutPreemptively(Duration.ofSeconds(5), source::close);
    }
}
