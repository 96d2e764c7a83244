package io.stint.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import io.stint.rest.api.BodyLimit;

import io.stint.rest.api.ApiException;

class BodyLimitTest {

    @Test
    void aBodyWithinTheLimitReadsWhole() throws Exception {
        InputStream in = BodyLimit.limited(new ByteArrayInputStream(new byte[10]), 10, Errors::tooLarge);
        assertEquals(10, in.readAllBytes().length);
    }

    @Test
    void readingPastTheLimitFailsWith413() {
        InputStream in = BodyLimit.limited(new ByteArrayInputStream(new byte[11]), 10, Errors::tooLarge);
        ApiException e = assertThrows(ApiException.class, in::readAllBytes);
        assertEquals(413, e.status());
        assertEquals("payload_too_large", e.errorCode());
    }

    @Test
    void aRefusedBodyIsReadToItsEndSoTheClientGetsTheAnswer() {
        ByteArrayInputStream body = new ByteArrayInputStream(new byte[100]);
        InputStream in = BodyLimit.limited(body, 10, Errors::tooLarge);
        assertThrows(ApiException.class, in::readAllBytes);
        assertEquals(0, body.available(), "the rest was read and dropped");
    }

    @Test
    void drainingStopsAtItsBound() {
        ByteArrayInputStream body = new ByteArrayInputStream(new byte[100_000]);
        BodyLimit.drain(body, 20_000);
        assertEquals(true, body.available() > 0 && body.available() <= 80_000);
    }
}
