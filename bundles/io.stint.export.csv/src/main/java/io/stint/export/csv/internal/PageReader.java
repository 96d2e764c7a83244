package io.stint.export.csv.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.Blocks;

/**
 * Reads a user's blocks in start order on a thread of its own, a page ahead of the writer, so that
 * reading the database and writing the file overlap. At most two pages wait, so memory holds three
 * pages whatever the period's size.
 */
final class PageReader implements AutoCloseable {

    private static final List<ActivityBlock> END = List.of();

    private final BlockingQueue<List<ActivityBlock>> pages = new ArrayBlockingQueue<>(2);
    private final Thread thread;
    private volatile boolean closed;
    private volatile Throwable failure;

    PageReader(Blocks blocks, long userId, long fromMs, long toMs, int pageSize) {
        thread = new Thread(() -> read(blocks, userId, fromMs, toMs, pageSize), "stint-export-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next page, or an empty list once every block was read. */
    List<ActivityBlock> next() throws IOException {
        try {
            List<ActivityBlock> page = pages.take();
            if (page == END && failure != null) {
                throw new IOException("reading blocks failed: " + failure, failure);
            }
            return page;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("export interrupted");
        }
    }

    @Override
    public void close() {
        closed = true;
        pages.clear();
        thread.interrupt();
    }

    private void read(Blocks blocks, long userId, long fromMs, long toMs, int pageSize) {
        long afterStart = Long.MIN_VALUE;
        long afterId = Long.MIN_VALUE;
        try {
            while (!closed) {
                List<ActivityBlock> page = blocks.scanByStart(userId, fromMs, toMs, afterStart, afterId, pageSize);
                if (!page.isEmpty() && !offer(page)) {
                    return;
                }
                if (page.size() < pageSize) {
                    break;
                }
                ActivityBlock last = page.get(page.size() - 1);
                afterStart = last.start().toEpochMilli();
                afterId = last.id();
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        offer(END);
    }

    /** Hands a page over, waiting while the writer is two pages behind; false once closed. */
    private boolean offer(List<ActivityBlock> page) {
        try {
            while (!closed) {
                if (pages.offer(page, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
