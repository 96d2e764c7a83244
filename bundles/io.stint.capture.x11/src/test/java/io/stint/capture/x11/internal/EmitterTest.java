package io.stint.capture.x11.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stint.capture.api.ActivityEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How polls become events, at chosen instants. */
class EmitterTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final ActiveWindow MAIL = new ActiveWindow(7, "Thunderbird", "Inbox", 42);

    private final RecordingSink sink = new RecordingSink();
    private final Emitter emitter = new Emitter(sink, "desk", 300_000, 2_000);

    private static Instant at(long millis) {
        return T0.plusMillis(millis);
    }

    @Test
    void eachIntervalGoesToWhatItsEndSawAndTheFirstPollOnlyStartsTheTimeline() {
        emitter.poll(at(0), MAIL, 0);
        emitter.poll(at(1000), MAIL, 0);
        emitter.poll(at(2000), null, 0);
        emitter.poll(at(3000), MAIL, 0);

        assertEquals(List.of(
                ActivityEvent.active(at(0), 1000, "Thunderbird", "Inbox", "x11", "desk"),
                ActivityEvent.active(at(2000), 1000, "Thunderbird", "Inbox", "x11", "desk")), sink.events());
    }

    @Test
    void enteringIdleRecordsItFromTheLastInputAndStayingIdleExtendsIt() {
        emitter.poll(at(0), MAIL, 298_000);
        emitter.poll(at(1000), MAIL, 299_000);
        emitter.poll(at(2000), MAIL, 300_000);
        emitter.poll(at(3000), MAIL, 301_000);
        emitter.poll(at(4000), MAIL, 0);

        assertEquals(List.of(
                call("heartbeat", ActivityEvent.active(at(0), 1000, "Thunderbird", "Inbox", "x11", "desk")),
                call("record", ActivityEvent.idle(at(2000 - 300_000), 300_000, "x11", "desk")),
                call("heartbeat", ActivityEvent.idle(at(2000), 1000, "x11", "desk")),
                call("heartbeat", ActivityEvent.active(at(3000), 1000, "Thunderbird", "Inbox", "x11", "desk"))),
                sink.calls);
    }

    private static RecordingSink.Call call(String method, ActivityEvent event) {
        return new RecordingSink.Call(method, event);
    }

    @Test
    void idleIsNotBackDatedIntoAPause() {
        emitter.paused(at(0));
        emitter.poll(at(1000), MAIL, 400_000);

        assertEquals(List.of(ActivityEvent.idle(at(0), 1000, "x11", "desk")), sink.events());
    }

    @Test
    void aPauseRestartsTheTimelineAtTheNextPoll() {
        emitter.poll(at(0), MAIL, 0);
        emitter.paused(at(1000));
        emitter.poll(at(5000), MAIL, 0);
        emitter.poll(at(6000), MAIL, 0);

        assertEquals(List.of(ActivityEvent.active(at(5000), 1000, "Thunderbird", "Inbox", "x11", "desk")),
                sink.events());
    }

    @Test
    void aSinkThatStoppedRecordingRestartsTheTimelineToo() {
        emitter.poll(at(0), MAIL, 0);
        sink.recording = false;
        emitter.poll(at(1000), MAIL, 0); // refused: the next poll only restarts the timeline
        sink.recording = true;
        emitter.poll(at(2000), MAIL, 0);
        emitter.poll(at(3000), MAIL, 0);

        assertEquals(List.of(
                ActivityEvent.active(at(0), 1000, "Thunderbird", "Inbox", "x11", "desk"),
                ActivityEvent.active(at(2000), 1000, "Thunderbird", "Inbox", "x11", "desk")), sink.events());
    }

    @Test
    void aClockThatWentBackEmitsNothingForThatPoll() {
        emitter.poll(at(5000), MAIL, 0);
        emitter.poll(at(1000), MAIL, 0);
        emitter.poll(at(2000), MAIL, 0);

        assertEquals(List.of(ActivityEvent.active(at(1000), 1000, "Thunderbird", "Inbox", "x11", "desk")),
                sink.events());
    }
}
