import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hot swap under load: while steady load drives GET /api/v1/time-entries, ActivityWatch heartbeats,
 * GET /api/v1/ai/providers and the time-entries CSV export, the real server (./stint, Gogo on its
 * console) has an AI provider swapped out and back, the ActivityWatch capture bundle stopped and
 * started, and the CSV exporter bundle updated to a new version. Prints, per route, the requests and
 * the failed ones, and for the touched routes how long after the command they answered 200 again.
 *
 *   mvn -q -DskipTests install && java -XX:+UseSerialGC bench/HotSwapUnderLoad.java
 */
public final class HotSwapUnderLoad {

    static final Path ROOT = Path.of(System.getProperty("user.dir"));
    static final String TOKEN = "tt_benchBENCHbench0123456789abcdefg";

    /** One request every {@code periodMs} on its own thread; each answer's time and status. */
    static final class Driver extends Thread {
        record Answer(long atNanos, int status) {
        }

        final String name;
        final HttpRequest request;
        final long periodMs;
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        volatile boolean running = true;

        Driver(String name, HttpRequest request, long periodMs) {
            super("load-" + name);
            this.name = name;
            this.request = request;
            this.periodMs = periodMs;
            setDaemon(true);
        }

        @Override
        public void run() {
            long next = System.nanoTime();
            while (running) {
                int status;
                try {
                    status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException e) {
                    status = -1;
                } catch (InterruptedException e) {
                    return;
                }
                answers.add(new Answer(System.nanoTime(), status));
                next += periodMs * 1_000_000L;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        long failures(long fromNanos, long toNanos) {
            return answers.stream().filter(a -> a.atNanos() >= fromNanos && a.atNanos() <= toNanos && (a.status() < 200 || a.status() > 299)).count();
        }

        /** Milliseconds from {@code sinceNanos} to the first 2xx after the last failure that followed it. */
        Long backAfterMs(long sinceNanos) {
            long lastFailure = -1;
            for (Answer a : answers) {
                if (a.atNanos() >= sinceNanos && (a.status() < 200 || a.status() > 299)) {
                    lastFailure = a.atNanos();
                }
            }
            long from = lastFailure < 0 ? sinceNanos : lastFailure;
            for (Answer a : answers) {
                if (a.atNanos() > from && a.status() >= 200 && a.status() <= 299) {
                    return (a.atNanos() - sinceNanos) / 1_000_000;
                }
            }
            return null;
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("stint-hotswap");
        Path home = dir.resolve("home");
        Path log = dir.resolve("server.log");
        Files.createDirectories(home.resolve("deploy"));
        Files.createDirectories(home.resolve("etc"));
        try (var files = Files.list(ROOT.resolve("runtime/etc"))) {
            for (Path f : files.toList()) {
                Files.copy(f, home.resolve("etc").resolve(f.getFileName()));
            }
        }
        Files.copy(ROOT.resolve("runtime/logging.properties"), home.resolve("logging.properties"));
        Files.writeString(home.resolve("etc/io.stint.security.cfg"), "rate.per.minute=100000000\nrate.per.hour=1000000000\n");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String base = "http://127.0.0.1:" + port;
        ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("stint").toString());
        pb.environment().put("STINT_HOME", home.toString());
        pb.environment().put("STINT_DATA", dir.resolve("data").toString());
        pb.environment().put("STINT_HTTP_PORT", String.valueOf(port));
        pb.environment().put("STINT_BUILD", "never");
        pb.environment().put("STINT_BOOTSTRAP_TOKEN", TOKEN);
        pb.environment().put("STINT_CONSOLE", "on");
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process server = pb.start();
        OutputStream console = server.getOutputStream();
        List<Driver> drivers = new ArrayList<>();
        try {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/api/v1/time-entries", "/api/v1/projects", "/api/v1/exports/time-entries-csv",
                    "/api/v1/ai/providers", "/api/0/info")) {
                await(http, base + path);
            }
            String project = send(http, post(base + "/api/v1/projects", "{\"name\": \"Swap\"}"));
            long projectId = Long.parseLong(project.replaceAll("(?s).*\"project\"\\s*:\\s*\\{[^}]*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
            for (int i = 1; i <= 20; i++) {
                send(http, post(base + "/api/v1/time-entries", "{\"project_id\": " + projectId + ", \"start_time\": \"2026-05-"
                        + String.format("%02d", i) + "T09:00:00\", \"end_time\": \"2026-05-" + String.format("%02d", i) + "T10:00:00\"}"));
            }
            send(http, post(base + "/api/0/buckets/aw-watcher-window_bench", "{\"client\": \"bench\", \"type\": \"currentwindow\", \"hostname\": \"bench\"}"));

            for (int i = 0; i < 4; i++) {
                drivers.add(new Driver("time-entries", get(base + "/api/v1/time-entries?per_page=20"), 20));
            }
            drivers.add(new Driver("ai-providers", get(base + "/api/v1/ai/providers"), 50));
            drivers.add(new Driver("aw-heartbeat", heartbeat(base), 20));
            drivers.add(new Driver("aw-heartbeat", heartbeat(base), 20));
            drivers.add(new Driver("export-csv", post(base + "/api/v1/exports/time-entries-csv", "{\"delivery\": \"stream\"}"), 50));
            drivers.forEach(Thread::start);
            long t0 = System.nanoTime();
            Thread.sleep(3_000);

            long ollama = bundleId(console, log, "io.stint.ai.ollama");
            long aw = bundleId(console, log, "io.stint.capture.activitywatch");
            long csv = bundleId(console, log, "io.stint.export.csv");
            Path newCsv = newVersion(ROOT.resolve("bundles/io.stint.export.csv/target"), dir);

            long aiStop = shell(console, "stop " + ollama);
            Thread.sleep(2_000);
            long aiStart = shell(console, "start " + ollama);
            Thread.sleep(3_000);
            long awStop = shell(console, "stop " + aw);
            Thread.sleep(2_000);
            long awStart = shell(console, "start " + aw);
            Thread.sleep(3_000);
            long csvUpdate = shell(console, "update " + csv + " " + newCsv.toUri());
            Thread.sleep(4_000);
            long end = System.nanoTime();
            drivers.forEach(d -> d.running = false);
            for (Driver d : drivers) {
                d.join(5_000);
            }

            System.out.printf("machine: %d cores, java %s; %.1f s of load%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), (end - t0) / 1e9);
            System.out.println("swaps: AI provider io.stint.ai.ollama stopped and started; io.stint.capture.activitywatch stopped "
                    + "for 2 s and started; io.stint.export.csv updated to " + newCsv.getFileName());
            for (String name : List.of("time-entries", "ai-providers", "aw-heartbeat", "export-csv")) {
                List<Driver> group = drivers.stream().filter(d -> d.name.equals(name)).toList();
                long requests = group.stream().mapToLong(d -> d.answers.size()).sum();
                long failed = group.stream().mapToLong(d -> d.failures(t0, end)).sum();
                String detail = "";
                if (name.equals("aw-heartbeat")) {
                    long during = group.stream().mapToLong(d -> d.failures(awStop, awStart)).sum();
                    detail = String.format("; %d of them while its bundle was stopped; 200 again %s ms after the start command",
                            during, group.stream().map(d -> d.backAfterMs(awStart)).map(String::valueOf).toList());
                } else if (name.equals("export-csv")) {
                    detail = String.format("; 200 again %s ms after the update command",
                            group.stream().map(d -> d.backAfterMs(csvUpdate)).map(String::valueOf).toList());
                }
                System.out.printf("%-13s %6d requests, %d failed%s%n", name, requests, failed, detail);
            }
            System.out.printf("(AI provider stopped at +%.1f s and started at +%.1f s)%n", (aiStop - t0) / 1e9, (aiStart - t0) / 1e9);
        } finally {
            drivers.forEach(d -> d.running = false);
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(5)).GET().build();
    }

    static HttpRequest post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /** A heartbeat that is "now" whenever it is sent. */
    static HttpRequest heartbeat(String base) {
        return HttpRequest.newBuilder(URI.create(base + "/api/0/buckets/aw-watcher-window_bench/heartbeat?pulsetime=5"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json").timeout(Duration.ofSeconds(5))
                .POST(new NowPublisher()).build();
    }

    /** A body made when the request is sent: the current time as the heartbeat's timestamp. */
    static final class NowPublisher implements HttpRequest.BodyPublisher {
        private HttpRequest.BodyPublisher body() {
            return HttpRequest.BodyPublishers.ofString("{\"timestamp\": \"" + Instant.now() + "\", \"duration\": 0, "
                    + "\"data\": {\"app\": \"bench\", \"title\": \"Hot swap under load\"}}");
        }

        private HttpRequest.BodyPublisher current = body();

        @Override
        public long contentLength() {
            current = body();
            return current.contentLength();
        }

        @Override
        public void subscribe(java.util.concurrent.Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
            current.subscribe(subscriber);
        }
    }

    static String send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() / 100 != 2) {
            throw new IllegalStateException(request.uri() + " answered " + reply.statusCode() + ": " + reply.body());
        }
        return reply.body();
    }

    static void await(HttpClient http, String url) throws Exception {
        for (int i = 0; i < 1200; i++) {
            try {
                if (http.send(get(url), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(url + " did not answer 200 in 120 s");
    }

    /** Sends a Gogo command; answers when it was sent. */
    static long shell(OutputStream console, String command) throws IOException {
        long at = System.nanoTime();
        console.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        console.flush();
        return at;
    }

    static long bundleId(OutputStream console, Path log, String bsn) throws Exception {
        shell(console, "lb -s " + bsn);
        Pattern row = Pattern.compile("^\\s*(\\d+)\\|Active\\s*\\|.*\\|" + Pattern.quote(bsn) + "\\b", Pattern.MULTILINE);
        for (int i = 0; i < 500; i++) {
            Matcher m = row.matcher(Files.readString(log));
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no bundle id for " + bsn);
    }

    /** The bundle jar in {@code target} with its Bundle-Version's micro part raised: a new version of the same code. */
    static Path newVersion(Path target, Path dir) throws IOException {
        Path jar;
        try (var files = Files.list(target)) {
            jar = files.filter(p -> p.getFileName().toString().matches(".*-SNAPSHOT\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no bundle jar in " + target));
        }
        Path out = dir.resolve("io.stint.export.csv-0.1.1.jar");
        try (InputStream in = Files.newInputStream(jar); JarInputStream source = new JarInputStream(in)) {
            Manifest manifest = new Manifest(source.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Bundle-Version"), "0.1.1");
            try (JarOutputStream copy = new JarOutputStream(Files.newOutputStream(out), manifest)) {
                for (JarEntry e = source.getNextJarEntry(); e != null; e = source.getNextJarEntry()) {
                    copy.putNextEntry(new JarEntry(e.getName()));
                    source.transferTo(copy);
                    copy.closeEntry();
                }
            }
        }
        return out;
    }
}
