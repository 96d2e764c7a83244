package io.stint.ai.assistant.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON for prompts and replies, and naive local times. Prompt JSON escapes {@code <} and {@code >},
 * so no text inside the data can spell the data section's closing marker.
 */
final class AiJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PROMPT = new ObjectMapper();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    static {
        PROMPT.getFactory().setCharacterEscapes(new AngleEscapes());
    }

    private AiJson() {
    }

    /** {@code value} as prompt JSON: quotes escaped by JSON, angle brackets as {@code \u003c}/{@code \u003e}. */
    static String prompt(Object value) {
        try {
            return PROMPT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("context not serialisable", e);
        }
    }

    /** The JSON text, or null when it is not JSON. */
    static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static String local(Instant instant, ZoneId zone) {
        return instant == null ? null : LOCAL.format(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone));
    }

    /** A naive local time in {@code zone}, or a time with an offset, as an instant; null when neither. */
    static Instant instant(String text, ZoneId zone) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t).atZone(zone).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Escapes {@code <} and {@code >} besides what JSON must escape. */
    private static final class AngleEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes = standardAsciiEscapesForJSON();

        AngleEscapes() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
