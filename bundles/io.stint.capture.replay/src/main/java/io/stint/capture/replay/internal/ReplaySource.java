package io.stint.capture.replay.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stint.capture.api.ActivitySink;
import io.stint.capture.api.ActivitySource;

/**
 * Replays a JSONL activity file into Stint, for demos and tests: at real speed, faster, or at once;
 * moved so the recording ends when the replay starts, or at the recorded times. A broken line is
 * reported with its number and skipped; the rest is replayed. Exists only while configured.
 */
@Component(service = ActivitySource.class, configurationPid = ReplaySource.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = "source.id=replay")
@Designate(ocd = ReplaySource.Config.class)
public final class ReplaySource implements ActivitySource {

    static final String PID = "io.stint.capture.replay";
    private static final Logger LOG = LoggerFactory.getLogger(ReplaySource.class);

    @ObjectClassDefinition(name = "Stint activity replay")
    @interface Config {
        @AttributeDefinition(description = "The JSONL file to replay")
        String file();

        @AttributeDefinition(description = "Speed: 1 = as recorded, 60 = a minute per second, 0 = all at once")
        double speed() default 1;

        @AttributeDefinition(description = "Move the recording so its last event ends when the replay starts")
        boolean shift() default true;

        @AttributeDefinition(description = "The source id events carry")
        String source_id() default "replay";
    }

    private final Path file;
    private final double speed;
    private final boolean shift;
    private final String sourceId;
    private volatile Thread player;
    private volatile Replay.Report report;

    @Activate
    public ReplaySource(Config config) {
        this(Path.of(config.file()), config.speed(), config.shift(), config.source_id());
    }

    ReplaySource(Path file, double speed, boolean shift, String sourceId) {
        this.file = file;
        this.speed = Math.max(0, speed);
        this.shift = shift;
        this.sourceId = sourceId == null || sourceId.isBlank() ? "replay" : sourceId.strip();
    }

    @Override
    public String id() {
        return sourceId;
    }

    @Override
    public boolean available() {
        return Files.isReadable(file);
    }

    @Override
    public synchronized void open(ActivitySink sink) {
        if (!available()) {
            LOG.warn("Replay file {} cannot be read; nothing is replayed", file);
            return;
        }
        Thread t = new Thread(() -> play(sink), "stint-replay");
        t.setDaemon(true);
        player = t;
        t.start();
    }

    @Override
    @Deactivate
    public synchronized void close() {
        Thread t = player;
        player = null;
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What the last replay did; null before one finished reading the file. */
    Replay.Report report() {
        return report;
    }

    private void play(ActivitySink sink) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Replay.Report read = Replay.read(in, sourceId, host());
            report = read;
            for (String problem : read.problems()) {
                LOG.warn("Replay {}: {}", file.getFileName(), problem);
            }
            Replay.play(read.events(), sink, speed, shift ? Instant.now() : null);
            LOG.info("Replayed {} events from {} ({} broken lines skipped)", read.events().size(), file.getFileName(),
                    read.problems().size());
        } catch (IOException e) {
            LOG.warn("Replay file {} could not be read: {}", file, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
