package io.stint.example.internal;

import java.time.Instant;

/** A stored note. */
record Note(long id, String text, Instant createdAt) {
}
