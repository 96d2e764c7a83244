package io.stint.bench.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.stint.export.api.ExportProgress;
import io.stint.export.api.ExportRequest;
import io.stint.export.xlsx.internal.TimeEntriesXlsxExporter;
import io.stint.security.api.UserSummary;
import io.stint.testkit.TestDatabase;
import io.stint.tracking.internal.TrackingForBench;

/**
 * One user exports all of their 100,000 time entries as XLSX into a stream that only counts bytes;
 * the score is milliseconds per export. The entries sit in an in-memory HSQLDB with tracking's
 * schema and are read through tracking's real {@code TimeEntryService}, page by page, as in the
 * server. After each iteration it prints the rows and bytes written and the heap's peak during
 * the export (the database's own rows included).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g" })
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class XlsxExportBenchmark {

    static final int ENTRIES = 100_000;
    static final long USER = 1;

    private TimeEntriesXlsxExporter exporter;
    private ExportRequest request;
    private long liveBefore;
    private long rows;
    private long bytes;

    @Setup(Level.Trial)
    public void seed() throws Exception {
        TestDatabase db = TestDatabase.of(TrackingForBench.migrations());
        Seed.entries(db.transactions(), USER, ENTRIES);
        TrackingForBench tracking = new TrackingForBench(db.transactions());
        UserSummary ada = new UserSummary(USER, "ada", "Ada Lovelace", "user", ZoneId.of("Europe/Berlin"), true);
        exporter = new TimeEntriesXlsxExporter(tracking.timeEntries, id -> Optional.of(ada).filter(u -> u.id() == id),
                tracking.projects);
        request = new ExportRequest(USER, false, ZoneId.of("Europe/Berlin"),
                Map.of("start_date", Seed.FIRST_DAY.toString(), "end_date", Seed.lastDay(ENTRIES).toString()));
        System.out.printf("%nseeded %,d entries, %s .. %s; an export estimates %,d rows%n", ENTRIES, Seed.FIRST_DAY,
                Seed.lastDay(ENTRIES), exporter.prepare(request).estimatedRows());
    }

    @Setup(Level.Iteration)
    public void resetPeaks() {
        System.gc();
        liveBefore = heapUsed();
        for (MemoryPoolMXBean pool : heapPools()) {
            pool.resetPeakUsage();
        }
    }

    @Benchmark
    public long export() throws IOException {
        Counting out = new Counting();
        long[] written = { 0 };
        exporter.prepare(request).writeTo(out, new ExportProgress() {
            @Override
            public void total(long n) {
            }

            @Override
            public void advance(long n) {
                written[0] += n;
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        rows = written[0];
        bytes = out.count;
        return out.count;
    }

    @TearDown(Level.Iteration)
    public void report() {
        long peak = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            peak += pool.getPeakUsage().getUsed();
        }
        System.out.printf("  [%,d rows, %,d bytes; heap: %d MB live before, peak %d MB (sum of pool peaks)]",
                rows, bytes, liveBefore >> 20, peak >> 20);
    }

    private static Iterable<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** A stream that keeps nothing, only counts. */
    static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
