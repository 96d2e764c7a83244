package io.stint.export.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import io.stint.export.api.ExportProgress;

/** An export running in the background into a file, and its progress. */
final class ExportJob implements ExportProgress {

    static final String QUEUED = "queued";
    static final String RUNNING = "running";
    static final String DONE = "done";
    static final String FAILED = "failed";
    static final String CANCELLED = "cancelled";

    final String id;
    final long userId;
    final String exporterId;
    final long serviceId;
    final String mediaType;
    final String fileName;
    final Path file;
    final Instant createdAt = Instant.now();
    private final ExporterRegistry registry;
    private final AtomicLong written = new AtomicLong();
    private volatile long total = -1;
    private volatile String state = QUEUED;
    private volatile String error;
    private volatile long size;
    private volatile Instant finishedAt;
    private volatile boolean cancelRequested;
    volatile Future<?> future;

    ExportJob(String id, long userId, String exporterId, long serviceId, String mediaType, String fileName, Path file,
            ExporterRegistry registry) {
        this.id = id;
        this.userId = userId;
        this.exporterId = exporterId;
        this.serviceId = serviceId;
        this.mediaType = mediaType;
        this.fileName = fileName;
        this.file = file;
        this.registry = registry;
    }

    @Override
    public void total(long rows) {
        total = rows;
    }

    @Override
    public void advance(long rows) {
        written.addAndGet(rows);
    }

    /** Cancelled by its owner, or its exporter's bundle went away. */
    @Override
    public boolean cancelled() {
        return cancelRequested || !registry.live(serviceId);
    }

    void requestCancel() {
        cancelRequested = true;
    }

    void running() {
        state = RUNNING;
    }

    void finished(String finalState, long bytes, String message) {
        size = bytes;
        error = message;
        finishedAt = Instant.now();
        state = finalState;
    }

    String state() {
        return state;
    }

    boolean finished() {
        return finishedAt != null;
    }

    long written() {
        return written.get();
    }

    long total() {
        return total;
    }

    long size() {
        return size;
    }

    String error() {
        return error;
    }

    Instant finishedAt() {
        return finishedAt;
    }
}
