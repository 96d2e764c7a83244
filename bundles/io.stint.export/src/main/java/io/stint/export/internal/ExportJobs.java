package io.stint.export.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stint.export.api.Export;
import io.stint.export.api.ExportException;
import io.stint.rest.api.ApiException;

/**
 * Export jobs: each writes its file under the exports folder (owner-only) on a small pool of
 * threads; finished files are kept for {@code job.retention.minutes}, then deleted. A job stops
 * when its owner cancels it or its exporter's bundle goes away. Jobs live in memory: a restart
 * forgets them and clears the folder.
 */
@Component(service = ExportJobs.class, configurationPid = ExportSettings.PID)
@Designate(ocd = ExportSettings.class)
public final class ExportJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ExportJobs.class);

    private final ExporterRegistry registry;
    private final ExportSettings settings;
    private final Path folder;
    private final Map<String, ExportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService workers;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "stint-export-sweeper"));

    @Activate
    public ExportJobs(@Reference ExporterRegistry registry, ExportSettings settings, BundleContext context) throws IOException {
        this(registry, settings, folder(settings.directory(), context.getProperty("stint.data")));
    }

    ExportJobs(ExporterRegistry registry, ExportSettings settings, Path folder) throws IOException {
        this.registry = registry;
        this.settings = settings;
        this.folder = folder;
        clear();
        this.workers = Executors.newFixedThreadPool(Math.max(1, settings.job_threads()), r -> daemon(r, "stint-export-job"));
        sweeper.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() {
        jobs.values().forEach(ExportJob::requestCancel);
        workers.shutdownNow();
        sweeper.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            clear();
        } catch (IOException e) {
            LOG.warn("Could not clear the exports folder {}: {}", folder, e.toString());
        }
    }

    /** Rows above which an export runs as a job unless asked to stream. */
    long streamMaxRows() {
        return settings.stream_max_rows();
    }

    /** Starts writing {@code export} in the background for {@code userId}; one at a time, so the limit holds. */
    synchronized ExportJob submit(ExporterRegistry.Entry entry, Export export, long userId) {
        long open = jobs.values().stream().filter(j -> j.userId == userId && !j.finished()).count();
        if (open >= settings.jobs_per_user()) {
            throw ApiException.conflict("too_many_exports",
                    "You have " + open + " exports running; wait for one to finish or cancel it.");
        }
        String id = UUID.randomUUID().toString();
        Path file = folder.resolve(id + ".part");
        ExportJob job = new ExportJob(id, userId, entry.exporter().id(), entry.serviceId(), entry.exporter().mediaType(),
                export.fileName(), file, registry);
        jobs.put(id, job);
        job.future = workers.submit(() -> run(job, export));
        return job;
    }

    /** The job, if it exists and {@code userId} owns it (an admin: any). */
    Optional<ExportJob> find(String id, long userId, boolean admin) {
        ExportJob job = id == null ? null : jobs.get(id);
        return job != null && (admin || job.userId == userId) ? Optional.of(job) : Optional.empty();
    }

    /** The user's jobs, newest first. */
    List<ExportJob> list(long userId) {
        List<ExportJob> mine = new ArrayList<>();
        for (ExportJob job : jobs.values()) {
            if (job.userId == userId) {
                mine.add(job);
            }
        }
        mine.sort(Comparator.comparing((ExportJob j) -> j.createdAt).reversed());
        return mine;
    }

    /** Cancels a running job, or forgets a finished one and deletes its file. */
    void remove(ExportJob job) {
        job.requestCancel();
        if (job.finished()) {
            jobs.remove(job.id);
            delete(job.file);
        }
    }

    private void run(ExportJob job, Export export) {
        if (job.cancelled()) {
            job.finished(ExportJob.CANCELLED, 0, null);
            delete(job.file);
            return;
        }
        job.running();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(job.file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), 1 << 16)) {
            job.total(export.estimatedRows());
            export.writeTo(out, job);
        } catch (InterruptedIOException e) {
            job.finished(ExportJob.CANCELLED, 0, null);
            delete(job.file);
            return;
        } catch (IOException | RuntimeException e) {
            // The cause stays in the log; the job says only that it failed.
            LOG.warn("Export job {} ({}) failed: {}", job.id, job.exporterId, e.toString());
            job.finished(ExportJob.FAILED, 0, e instanceof ExportException ? e.getMessage() : "The export failed.");
            delete(job.file);
            return;
        }
        long bytes;
        try {
            bytes = Files.size(job.file);
        } catch (IOException e) {
            bytes = 0;
        }
        job.finished(ExportJob.DONE, bytes, null);
    }

    private void sweep() {
        Instant cutoff = Instant.now().minus(Duration.ofMinutes(settings.job_retention_minutes()));
        for (ExportJob job : jobs.values()) {
            if (job.finished() && job.finishedAt().isBefore(cutoff)) {
                jobs.remove(job.id);
                delete(job.file);
            }
        }
    }

    private void clear() throws IOException {
        try (var files = Files.list(folder)) {
            files.filter(p -> p.getFileName().toString().endsWith(".part")).forEach(ExportJobs::delete);
        }
    }

    static Path folder(String configured, String data) throws IOException {
        Path dir = configured != null && !configured.isBlank() ? Paths.get(configured.strip())
                : data != null && !data.isBlank() ? Paths.get(data, "exports")
                : Paths.get(System.getProperty("java.io.tmpdir"), "stint-exports");
        Files.createDirectories(dir);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        return dir;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete export file {}: {}", file, e.toString());
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
