package io.stint.export.xlsx.internal;

import static io.stint.export.xlsx.internal.XlsxFixture.ADA;
import static io.stint.export.xlsx.internal.XlsxFixture.BOB;
import static io.stint.export.xlsx.internal.XlsxFixture.ROOT;
import static io.stint.export.xlsx.internal.XlsxFixture.entryRows;
import static io.stint.export.xlsx.internal.XlsxFixture.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import io.stint.export.api.Export;
import io.stint.export.api.ExportProgress;

class StreamingTest {

    private final XlsxFixture f = new XlsxFixture();

    /** Records what an export reports; cancels once {@code cancelAfter} rows were reported. */
    private static class Recorder implements ExportProgress {
        final List<Long> advances = new ArrayList<>();
        final long cancelAfter;
        long total = -1;
        long rows;

        Recorder(long cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void total(long rows) {
            total = rows;
        }

        @Override
        public void advance(long n) {
            advances.add(n);
            rows += n;
        }

        @Override
        public boolean cancelled() {
            return rows >= cancelAfter;
        }
    }

    @Test
    void progressReportsPageByPageAndAddsUpToTheRowsWritten() {
        f.manyEntries(250, ADA);
        Recorder progress = new Recorder(Long.MAX_VALUE);

        byte[] xlsx = f.export(request(ADA, false), progress);

        assertEquals(250, progress.total);
        assertEquals(List.of(100L, 100L, 50L), progress.advances);
        assertEquals(250, entryRows(xlsx).size());
    }

    @Test
    void entriesSharingAStartAcrossPagesAreEachWrittenOnce() {
        // 360 entries in 120 threes with the same start: pages of 100 end inside a three
        f.manyEntries(120, ADA, BOB, ROOT);

        byte[] xlsx = f.export(request(ROOT, true));

        List<Row> rows = entryRows(xlsx);
        Set<String> distinct = new HashSet<>();
        for (Row row : rows) {
            distinct.add(row.getCell(4).asString() + " " + row.getCell(1).asDate());
        }
        assertEquals(360, rows.size());
        assertEquals(360, distinct.size());
    }

    @Test
    void aCancelledExportStopsWithAnInterruptedIoException() {
        f.manyEntries(250, ADA);
        Recorder progress = new Recorder(100);
        Export export = f.exporter.prepare(request(ADA, false));

        assertThrows(InterruptedIOException.class, () -> export.writeTo(new ByteArrayOutputStream(), progress));

        assertEquals(List.of(100L), progress.advances);
    }

    @Test
    void anExportCancelledBeforeItBeganWritesNoRows() {
        f.entry(ADA, f.website, "2026-01-10T09:00", "2026-01-10T10:00", true);
        Recorder progress = new Recorder(0);

        assertThrows(InterruptedIOException.class,
                () -> f.exporter.prepare(request(ADA, false)).writeTo(new ByteArrayOutputStream(), progress));

        assertTrue(progress.advances.isEmpty());
    }

    @Test
    void theExportWritesAsItGoesAndLeavesTheStreamOpen() throws Exception {
        f.manyEntries(3_000, ADA); // the writer buffers 64 KB; 3,000 rows are far more
        List<Integer> sizesAtAdvance = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = { false };
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ExportProgress progress = new Recorder(Long.MAX_VALUE) {
            @Override
            public void advance(long n) {
                super.advance(n);
                sizesAtAdvance.add(bytes.size());
            }
        };

        f.exporter.prepare(request(ADA, false)).writeTo(out, progress);

        int pages = sizesAtAdvance.size();
        assertEquals(30, pages);
        assertTrue(sizesAtAdvance.get(0) < sizesAtAdvance.get(pages - 2),
                "bytes reach the stream while pages are still being written: " + sizesAtAdvance);
        assertTrue(sizesAtAdvance.get(pages - 1) < bytes.size(), "the summary and the workbook's end come last");
        assertEquals(false, closed[0]);
        assertEquals(3_000, entryRows(bytes.toByteArray()).size());
    }
}
