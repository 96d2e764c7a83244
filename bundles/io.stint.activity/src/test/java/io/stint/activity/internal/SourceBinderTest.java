package io.stint.activity.internal;

import static io.stint.activity.internal.ActivityFixture.ALICE;
import static io.stint.activity.internal.ActivityFixture.active;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.stint.capture.api.ActivitySink;
import io.stint.capture.api.ActivitySource;

class SourceBinderTest {

    /** A source as a provider bundle would register it; {@code failing} makes open and close throw. */
    static final class Source implements ActivitySource {
        final String id;
        final boolean failing;
        volatile ActivitySink sink;
        volatile int closed;

        Source(String id, boolean failing) {
            this.id = id;
            this.failing = failing;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public boolean available() {
            if (failing) {
                throw new IllegalStateException("broken provider");
            }
            return true;
        }

        @Override
        public void open(ActivitySink given) {
            if (failing) {
                throw new IllegalStateException("broken provider");
            }
            sink = given;
        }

        @Override
        public void close() {
            closed++;
            if (failing) {
                throw new IllegalStateException("broken provider");
            }
            sink = null;
        }
    }

    private final ActivityFixture f = new ActivityFixture();
    private final SourceBinder binder = new SourceBinder(f.recorder);

    @Test
    void sourcesAreOpenedWithTheRecorderAndAFailingOneStopsNoOther() {
        Source good = new Source("good", false);
        Source broken = new Source("broken", true);
        binder.addSource(broken);
        binder.addSource(good);
        assertNull(good.sink, "nothing is opened before the binder is active");
        binder.activate();
        assertTrue(good.sink.record(ALICE, active(0, 90, "code", "Main.java")), "the good source records");
        assertEquals(1, f.eventCount());
        assertEquals(List.of(new SourceBinder.Live("broken", false, false), new SourceBinder.Live("good", true, true)),
                binder.live(), "the broken one is listed as not open, its id read once more");

        Source late = new Source("late", false);
        binder.addSource(late);
        assertTrue(late.sink != null, "a source arriving while active is opened at once");
        binder.removeSource(broken);
        binder.removeSource(late);
        assertEquals(1, late.closed);
        assertEquals(0, broken.closed, "a source that never opened is not closed");
        binder.deactivate();
        assertEquals(1, good.closed);
        assertFalse(binder.live().get(0).open());
    }
}
