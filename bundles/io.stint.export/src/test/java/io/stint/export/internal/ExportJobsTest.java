package io.stint.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Constants;

import io.stint.export.api.Export;
import io.stint.export.api.ExportParameter;
import io.stint.export.api.ExportProgress;
import io.stint.export.api.ExportRequest;
import io.stint.export.api.Exporter;
import io.stint.rest.api.ApiException;

/** Export jobs and the registry of live exporters, with a real exporter that counts lines into a file. */
class ExportJobsTest {

    @TempDir
    Path folder;

    private final ExporterRegistry registry = new ExporterRegistry();
    private ExportJobs jobs;

    /** Writes {@code rows} lines, waiting on {@code gate} before each when one is given. */
    private static final class Lines implements Exporter {
        final String id;
        final CountDownLatch gate;

        Lines(String id, CountDownLatch gate) {
            this.id = id;
            this.gate = gate;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String title() {
            return "Lines";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public String extension() {
            return "txt";
        }

        @Override
        public String scope() {
            return "read:time_entries";
        }

        @Override
        public List<ExportParameter> parameters() {
            return List.of(ExportParameter.of("rows", ExportParameter.INTEGER, true, null, "How many lines."));
        }

        @Override
        public Export prepare(ExportRequest request) {
            long rows = request.integer("rows", 0, 0, 1_000_000);
            return new Export() {
                @Override
                public long estimatedRows() {
                    return rows;
                }

                @Override
                public String fileName() {
                    return "lines.txt";
                }

                @Override
                public void writeTo(OutputStream out, ExportProgress progress) throws IOException {
                    for (long i = 0; i < rows; i++) {
                        if (gate != null) {
                            try {
                                gate.await(5, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                throw new InterruptedIOException();
                            }
                        }
                        if (progress.cancelled()) {
                            throw new InterruptedIOException("cancelled");
                        }
                        out.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
                        progress.advance(1);
                    }
                }
            };
        }
    }

    private static ExportSettings settings(int perUser) {
        return new ExportSettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ExportSettings.class;
            }

            @Override
            public long stream_max_rows() {
                return 10;
            }

            @Override
            public int job_retention_minutes() {
                return 60;
            }

            @Override
            public int jobs_per_user() {
                return perUser;
            }

            @Override
            public int job_threads() {
                return 1;
            }

            @Override
            public String directory() {
                return "";
            }
        };
    }

    private void add(Exporter exporter, long serviceId, int ranking) {
        Map<String, Object> p = new HashMap<>();
        p.put(Constants.SERVICE_ID, serviceId);
        p.put(Constants.SERVICE_RANKING, ranking);
        registry.addExporter(exporter, p);
    }

    private void remove(Exporter exporter, long serviceId) {
        registry.removeExporter(exporter, Map.of(Constants.SERVICE_ID, serviceId));
    }

    private ExportJob submit(String id, long rows, long user) {
        ExporterRegistry.Entry entry = registry.entry(id).orElseThrow();
        return jobs.submit(entry, entry.exporter().prepare(new ExportRequest(user, false, java.time.ZoneOffset.UTC,
                Map.of("rows", rows))), user);
    }

    private static void awaitFinished(ExportJob job) throws InterruptedException {
        for (int i = 0; i < 200 && !job.finished(); i++) {
            Thread.sleep(25);
        }
        assertTrue(job.finished(), job.state());
    }

    @AfterEach
    void stop() {
        if (jobs != null) {
            jobs.deactivate();
        }
    }

    @Test
    void theHigherRankedExporterOfAnIdWinsAndARemovedOneIsGone() {
        Lines low = new Lines("lines", null);
        Lines high = new Lines("lines", null);
        add(low, 1, 0);
        add(high, 2, 5);
        assertTrue(registry.entry("lines").orElseThrow().exporter() == high);
        assertEquals(1, registry.all().size());
        remove(high, 2);
        assertTrue(registry.entry("lines").orElseThrow().exporter() == low);
        remove(low, 1);
        assertTrue(registry.entry("lines").isEmpty());
        assertFalse(registry.live(1));
    }

    @Test
    void aRankingChangedOnALiveExporterDecidesAtOnceWhichOfAnIdWins() {
        Lines older = new Lines("lines", null);
        Lines newer = new Lines("lines", null);
        add(older, 1, 0);
        add(newer, 2, 50);
        assertTrue(registry.entry("lines").orElseThrow().exporter() == newer);
        registry.updatedExporter(older, Map.of(Constants.SERVICE_ID, 1L, Constants.SERVICE_RANKING, 100));
        assertTrue(registry.entry("lines").orElseThrow().exporter() == older);
        assertTrue(registry.all().get(0) == older);
        registry.updatedExporter(older, Map.of(Constants.SERVICE_ID, 1L));
        assertTrue(registry.entry("lines").orElseThrow().exporter() == newer, "without its ranking the older one loses again");
        assertEquals(1, registry.all().size());
    }

    @Test
    void aJobWritesItsFileAndCountsItsRows() throws Exception {
        jobs = new ExportJobs(registry, settings(3), folder);
        add(new Lines("lines", null), 1, 0);
        ExportJob job = submit("lines", 1_000, 7);
        awaitFinished(job);
        assertEquals(ExportJob.DONE, job.state());
        assertEquals(1_000, job.written());
        assertEquals(1_000, job.total());
        List<String> lines = Files.readAllLines(job.file);
        assertEquals(1_000, lines.size());
        assertEquals("line 999", lines.get(999));
        assertEquals(Files.size(job.file), job.size());
        assertTrue(jobs.find(job.id, 7, false).isPresent());
        assertTrue(jobs.find(job.id, 8, false).isEmpty(), "another user's job does not exist for them");
        assertTrue(jobs.find(job.id, 8, true).isPresent(), "an admin's does");
        jobs.remove(job);
        assertFalse(Files.exists(job.file));
        assertTrue(jobs.find(job.id, 7, false).isEmpty());
    }

    @Test
    void aJobStopsWhenItsExportersBundleGoesAwayOrItsOwnerCancelsIt() throws Exception {
        jobs = new ExportJobs(registry, settings(3), folder);
        CountDownLatch gate = new CountDownLatch(1);
        Lines slow = new Lines("slow", gate);
        add(slow, 1, 0);
        ExportJob gone = submit("slow", 100, 7);
        remove(slow, 1);
        gate.countDown();
        awaitFinished(gone);
        assertEquals(ExportJob.CANCELLED, gone.state());
        assertFalse(Files.exists(gone.file), "a cancelled job leaves no file");

        CountDownLatch second = new CountDownLatch(1);
        add(new Lines("slow2", second), 2, 0);
        ExportJob cancelled = submit("slow2", 100, 7);
        jobs.remove(cancelled);
        second.countDown();
        awaitFinished(cancelled);
        assertEquals(ExportJob.CANCELLED, cancelled.state());
    }

    @Test
    void aUserMayHaveOnlySoManyUnfinishedJobs() throws Exception {
        jobs = new ExportJobs(registry, settings(1), folder);
        CountDownLatch gate = new CountDownLatch(1);
        add(new Lines("slow", gate), 1, 0);
        ExportJob first = submit("slow", 10, 7);
        ApiException refused = assertThrows(ApiException.class, () -> submit("slow", 10, 7));
        assertEquals(409, refused.status());
        assertEquals("too_many_exports", refused.errorCode());
        submit("slow", 10, 8).requestCancel(); // another user's limit is their own
        gate.countDown();
        awaitFinished(first);
        assertEquals(ExportJob.DONE, first.state());
    }
}
