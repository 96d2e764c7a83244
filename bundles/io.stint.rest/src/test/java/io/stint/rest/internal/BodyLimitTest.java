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

    @Test
    void uploadPathsHaveTheirOwnLimitAndOtherPathsKeepTheBodyLimit() {
        BodyLimitFilter filter = new BodyLimitFilter(new RestConfig() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return RestConfig.class;
            }

            @Override
            public long max_body_bytes() {
                return 100;
            }

            @Override
            public String[] upload_paths() {
                return new String[] { "/api/v1/admin/modules" };
            }

            @Override
            public long max_upload_bytes() {
                return 5_000;
            }
        });
        assertEquals(5_000, filter.limitFor("/api/v1/admin/modules"));
        assertEquals(5_000, filter.limitFor("/api/v1/admin/modules/12/update"));
        assertEquals(100, filter.limitFor("/api/v1/admin/modulesX"), "a prefix of a path segment is not the path");
        assertEquals(100, filter.limitFor("/api/v1/time-entries"));
    }
}
