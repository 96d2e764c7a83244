package io.stint.capture.x11.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stint.capture.api.ActivityEvent;
import io.stint.capture.api.ActivityState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** X11Source against a real X server (Xvfb) with real windows whose titles the tests set and change. */
class X11SourceTest {

    private static final long POLL = 100;
    private static Xvfb xvfb;
    private static Desktop desktop;

    private final List<Long> windows = new ArrayList<>();
    private final RecordingSink sink = new RecordingSink();
    private X11Source source;

    @BeforeAll
    static void startServer() throws Exception {
        xvfb = Xvfb.start();
        desktop = new Desktop(xvfb.display());
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (desktop != null) {
            desktop.close();
        }
        if (xvfb != null) {
            xvfb.close();
        }
    }

    @AfterEach
    void closeSourceAndWindows() {
        if (source != null) {
            source.close();
        }
        desktop.activate(0);
        windows.forEach(desktop::destroy);
    }

    private long window(String app, String title) {
        long w = desktop.window(app.toLowerCase(), app, title, null, ProcessHandle.current().pid());
        windows.add(w);
        return w;
    }

    private void open(long idleThresholdMillis) {
        source = new X11Source(xvfb.display(), POLL, idleThresholdMillis);
        assertTrue(source.available());
        source.open(sink);
    }

    @Test
    void theActiveWindowsApplicationClassAndUtf8TitleArrive() throws Exception {
        desktop.nudge();
        desktop.activate(window("Soffice", "Budget 2026 – Übersicht.xlsx"));
        open(300_000);

        ActivityEvent event = sink.awaitEvent(e -> e.title() != null, 3);

        assertEquals(ActivityState.ACTIVE, event.state());
        assertEquals("Soffice", event.app());
        assertEquals("Budget 2026 – Übersicht.xlsx", event.title());
        assertEquals("x11", event.sourceId());
        assertTrue(event.host() != null && !event.host().isEmpty());
    }

    @Test
    void aNewTitleAndAnotherActiveWindowChangeTheEvents() throws Exception {
        long editor = window("Code", "notes.md");
        long browser = window("Firefox", "Stint — Issues");
        desktop.activate(editor);
        open(300_000);
        sink.await(e -> "notes.md".equals(e.title()), 3);

        desktop.title(editor, "plan.md");
        int renamed = sink.await(e -> "plan.md".equals(e.title()) && "Code".equals(e.app()), 3);
        desktop.activate(browser);
        int switched = sink.await(e -> "Firefox".equals(e.app()) && "Stint — Issues".equals(e.title()), 3);

        List<ActivityEvent> events = sink.events();
        assertTrue(events.subList(renamed, events.size()).stream().noneMatch(e -> "notes.md".equals(e.title())),
                "the old title after the new one: " + events);
        assertTrue(events.subList(switched, events.size()).stream().noneMatch(e -> "Code".equals(e.app())),
                "the editor after the switch: " + events);
    }

    @Test
    void aWindowWithOnlyWmNameIsNamedByIt() throws Exception {
        long legacy = desktop.window("xterm", "XTerm", null, "root@build: ~", 0);
        windows.add(legacy);
        desktop.activate(legacy);
        open(300_000);

        ActivityEvent event = sink.awaitEvent(e -> e.app() != null, 3);

        assertEquals("XTerm", event.app());
        assertEquals("root@build: ~", event.title());
    }

    @Test
    void aWindowWithOnlyAnInstanceNameIsNamedByIt() throws Exception {
        long bare = desktop.window("scratchpad", null, "todo", null, 0);
        windows.add(bare);
        desktop.activate(bare);
        open(300_000);

        assertEquals("scratchpad", sink.awaitEvent(e -> "todo".equals(e.title()), 3).app());
    }

    @Test
    void activeTimeAddsUpToTheTimeBetweenTheFirstAndLastPoll() throws Exception {
        desktop.nudge();
        desktop.activate(window("Gimp", "photo.xcf"));
        long opened = System.nanoTime();
        open(300_000);
        Thread.sleep(1500);
        source.close();
        long elapsedMillis = (System.nanoTime() - opened) / 1_000_000;

        List<ActivityEvent> active = sink.active();
        assertEquals(sink.events(), active, "only ACTIVE events expected");
        long sum = active.stream().mapToLong(ActivityEvent::durationMillis).sum();
        long span = Duration.between(active.get(0).start(), active.get(active.size() - 1).end()).toMillis();
        assertTrue(Math.abs(sum - span) <= POLL, "sum " + sum + " ms, first to last poll " + span + " ms");
        assertTrue(span >= elapsedMillis - 3 * POLL && span <= elapsedMillis, "span " + span + " of " + elapsedMillis);
        for (int i = 1; i < active.size(); i++) {
            assertEquals(active.get(i - 1).end(), active.get(i).start(), "each interval starts where the last ended");
        }
    }

    @Test
    void nothingIsEmittedWhileTrackingIsPausedAndTheTimelineRestartsAfter() throws Exception {
        desktop.nudge();
        desktop.activate(window("Inkscape", "logo.svg"));
        sink.recording = false;
        open(300_000);
        Thread.sleep(6 * POLL);
        assertEquals(List.of(), sink.events());

        Instant resumed = Instant.now();
        sink.recording = true;
        ActivityEvent first = sink.awaitEvent(e -> "logo.svg".equals(e.title()), 3);

        assertFalse(first.start().isBefore(resumed.minusMillis(1)), first + " starts before " + resumed);
    }

    @Test
    void noActiveWindowEmitsNothing() throws Exception {
        window("Evince", "manual.pdf");
        desktop.activate(0);
        open(300_000);
        Thread.sleep(6 * POLL);

        assertEquals(List.of(), sink.events());
    }

    @Test
    void aClosedWindowStillNamedActiveEmitsNothingAndCaptureGoesOn() throws Exception {
        long doomed = desktop.window("dialog", "Dialog", "Save changes?", null, 0);
        desktop.activate(doomed);
        open(300_000);
        sink.await(e -> "Save changes?".equals(e.title()), 3);

        desktop.destroy(doomed); // the root still names it: every poll now meets BadWindow
        Thread.sleep(3 * POLL);
        int afterClose = sink.events().size();
        Thread.sleep(5 * POLL);
        assertEquals(afterClose, sink.events().size(), "events for a window that no longer exists");

        desktop.activate(window("Thunderbird", "Inbox"));
        sink.await(e -> "Inbox".equals(e.title()), 3);
    }

    @Test
    void noInputPastTheThresholdIsIdleAndInputMakesItActiveAgain() throws Exception {
        desktop.activate(window("Okular", "thesis.pdf"));
        desktop.nudge();
        Instant lastInput = Instant.now();
        open(1000);

        int idleAt = sink.await(e -> e.state() == ActivityState.IDLE, 4);
        ActivityEvent idle = sink.events().get(idleAt);
        assertEquals("record", sink.calls.get(idleAt).method(), "entering idle records a new event");
        assertNull(idle.app());
        assertTrue(Math.abs(Duration.between(lastInput, idle.start()).toMillis()) <= 2 * POLL,
                "idle starts at the last input " + lastInput + ": " + idle);
        assertTrue(sink.events().subList(0, idleAt).stream().allMatch(e -> e.state() == ActivityState.ACTIVE));

        desktop.nudge();
        int back = sink.await(e -> e.state() == ActivityState.ACTIVE && !e.start().isBefore(idle.end()), 3);
        assertEquals("thesis.pdf", sink.events().get(back).title());
    }

    @Test
    void closingStopsTheEvents() throws Exception {
        desktop.activate(window("Krita", "sketch.kra"));
        open(300_000);
        sink.await(e -> "sketch.kra".equals(e.title()), 3);

        source.close();
        int count = sink.events().size();
        Thread.sleep(4 * POLL);

        assertEquals(count, sink.events().size());
    }

    @Test
    void aDisplayThatDoesNotExistIsUnavailableAndOpenEmitsNothing() throws Exception {
        source = new X11Source(":987", POLL, 300_000);

        assertFalse(source.available());
        source.open(sink);
        Thread.sleep(4 * POLL);
        source.close();

        assertEquals(List.of(), sink.events());
        assertFalse(source.available());
    }
}
