package io.stint.export.api;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ConsumerType;

/** One checked export, ready to write. */
@ConsumerType
public interface Export {

    /** About how many rows it will write, or -1 when unknown; Stint runs large exports as jobs. */
    long estimatedRows();

    /** The file name a client should save it as, e.g. {@code invoice-lines-2026-01-01-2026-01-31.csv}. */
    String fileName();

    /**
     * Writes the file to {@code out} as it reads the data, reporting rows to {@code progress} and
     * stopping early (with an {@link java.io.InterruptedIOException}) when it is cancelled. It does
     * not close {@code out}.
     */
    void writeTo(OutputStream out, ExportProgress progress) throws IOException;
}
