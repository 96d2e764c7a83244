package io.stint.capture.activitywatch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AwTimesTest {

    @Test
    void activityWatchsOwnFormIsParsedAndWrittenBackIdentically() {
        Instant t = AwTimes.parseOrNull("2016-08-09T14:35:10.363000+00:00");
        assertEquals(Instant.parse("2016-08-09T14:35:10.363Z"), t);
        assertEquals("2016-08-09T14:35:10.363000+00:00", AwTimes.format(t));
    }

    @Test
    void zuluOffsetsAndLowercaseAreRfc3339() {
        assertEquals(Instant.parse("2016-08-09T12:35:10Z"), AwTimes.parseOrNull("2016-08-09T14:35:10+02:00"));
        assertNotNull(AwTimes.parseOrNull("2016-08-09t14:35:10.1z"));
    }

    @Test
    void timestampsWithoutAnOffsetOrOtherwiseMalformedAreRefused() {
        assertNull(AwTimes.parseOrNull("2016-08-09T14:35:10"));
        assertNull(AwTimes.parseOrNull("2016-08-09"));
        assertNull(AwTimes.parseOrNull("yesterday"));
        assertNull(AwTimes.parseOrNull("2016-13-09T14:35:10Z"));
        assertNull(AwTimes.parseOrNull("1470753310"));
    }

    @Test
    void microsRoundTripAcrossTheEpoch() {
        for (String s : new String[] { "1969-12-31T23:59:59.999999Z", "2016-08-09T14:35:10.363001Z" }) {
            Instant t = Instant.parse(s);
            assertEquals(t, AwTimes.ofMicros(AwTimes.micros(t)));
        }
    }
}
