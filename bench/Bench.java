/*
 * Stint's startup, memory and hot-swap benchmark, against the real server started with ./stint.
 *
 *   mvn -q -DskipTests install && java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 bench/Bench.java [coldStarts=7] [swaps=20]
 *
 * Measures: cold start, from process spawn to the first 200 on /health, of an installed server
 * (its data folder exists, so the class data sharing archive the launcher recorded on the first run
 * is used) and of a first start on an empty data folder; idle RSS (VmRSS 10 s after start); a module bundle stopped/started through the Gogo shell to its
 * route answering 404/200, and a module jar copied into / deleted from deploy/ to 200/404.
 * Loopback only; every loop is bounded.
 */
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Bench {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final String NOTES = "/api/v1/example/notes";
    /** The first admin's token, given to the server so the bench can call authenticated routes. */
    static final String TOKEN = "tt_benchBootstrapToken0123456789abc";

    public static void main(String[] args) throws Exception {
        int coldStarts = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int swaps = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path example = Files.list(ROOT.resolve("bundles/io.stint.example/target"))
                .filter(p -> p.getFileName().toString().matches("io\\.stint\\.example-.*\\.jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("build first: mvn -q -DskipTests install"));
        System.out.printf("machine: %d cores, %s, java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("java.version"));

        try (Server warmUp = new Server()) {
            warmUp.start(false);
            awaitStatus(warmUp, "/health", 200, 60_000);
        }

        List<Double> first = new ArrayList<>();
        for (int i = 0; i < coldStarts; i++) {
            try (Server s = new Server()) {
                long t0 = System.nanoTime();
                s.start(false);
                awaitStatus(s, "/health", 200, 60_000);
                first.add(ms(t0));
            }
        }

        List<Double> restarts = new ArrayList<>();
        try (Server s = new Server()) {
            s.start(false);
            awaitStatus(s, "/health", 200, 60_000);
            s.stop();
            for (int i = 0; i < coldStarts; i++) {
                long t0 = System.nanoTime();
                s.start(false);
                awaitStatus(s, "/health", 200, 60_000);
                restarts.add(ms(t0));
                s.stop();
            }
        }
        report("cold start of an installed server (existing data folder) to first 200 on /health", restarts);
        report("first start on an empty data folder to first 200 on /health", first);

        try (Server s = new Server()) {
            s.start(true);
            awaitStatus(s, "/health", 200, 60_000);
            Thread.sleep(10_000);
            System.out.printf("idle RSS 10 s after start: %d MB%n", s.rssKb() / 1024);

            Files.copy(example, s.home.resolve("deploy/io.stint.example.jar"));
            awaitStatus(s, NOTES, 200, 30_000);
            long id = s.bundleId("io.stint.example");
            List<Double> stops = new ArrayList<>();
            List<Double> starts = new ArrayList<>();
            for (int i = 0; i < swaps; i++) {
                long t0 = System.nanoTime();
                s.shell("stop " + id);
                awaitStatus(s, NOTES, 404, 10_000);
                stops.add(ms(t0));
                t0 = System.nanoTime();
                s.shell("start " + id);
                awaitStatus(s, NOTES, 200, 10_000);
                starts.add(ms(t0));
            }
            report("module stop -> route 404", stops);
            report("module start -> route 200", starts);

            List<Double> removed = new ArrayList<>();
            List<Double> added = new ArrayList<>();
            Path jar = s.home.resolve("deploy/io.stint.example.jar");
            for (int i = 0; i < Math.min(5, swaps); i++) {
                long t0 = System.nanoTime();
                Files.delete(jar);
                awaitStatus(s, NOTES, 404, 30_000);
                removed.add(ms(t0));
                t0 = System.nanoTime();
                Files.copy(example, jar, StandardCopyOption.REPLACE_EXISTING);
                awaitStatus(s, NOTES, 200, 30_000);
                added.add(ms(t0));
            }
            report("jar deleted from deploy/ -> 404 (FileInstall polls every 500 ms)", removed);
            report("jar copied into deploy/ -> 200", added);
            System.out.printf("RSS after the swaps: %d MB%n", s.rssKb() / 1024);
        }
    }

    static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    static void report(String what, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf("%s: median %.0f ms, min %.0f, max %.0f (n=%d)%n", what, sorted.get(sorted.size() / 2),
                sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }

    /**
     * Polls with a bare HTTP/1.0 request over a socket every 10 ms: about the load of a curl loop,
     * so the probe does not compete with the server for the CPU it is measuring.
     */
    static void awaitStatus(Server s, String path, int status, long timeoutMs) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (System.nanoTime() < deadline) {
            if (status(s.port, path) == status) {
                return;
            }
            if (!s.process.isAlive()) {
                throw new IllegalStateException("the server exited:\n" + Files.readString(s.log));
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException(path + " did not answer " + status + " in " + timeoutMs + " ms");
    }

    static int status(int port, String path) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] head = socket.getInputStream().readNBytes(12);
            return head.length == 12 ? Integer.parseInt(new String(head, 9, 3, StandardCharsets.US_ASCII)) : -1;
        } catch (IOException | NumberFormatException notYet) {
            return -1;
        }
    }

    /** ./stint with its own home (etc/, deploy/), data folder and port. */
    static final class Server implements AutoCloseable {
        final Path dir = Files.createTempDirectory("stint-bench");
        final Path home = dir.resolve("home");
        final Path log = dir.resolve("server.log");
        final int port;
        Process process;
        OutputStream console;

        Server() throws IOException {
            Files.createDirectories(home.resolve("deploy"));
            Files.createDirectories(home.resolve("etc"));
            try (var files = Files.list(ROOT.resolve("runtime/etc"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, home.resolve("etc").resolve(f.getFileName()));
                }
            }
            Files.copy(ROOT.resolve("runtime/logging.properties"), home.resolve("logging.properties"));
            // The bench polls every 10 ms: measure swaps, not the per-token rate limit.
            Files.writeString(home.resolve("etc/io.stint.security.cfg"), "rate.per.minute=10000000\nrate.per.hour=10000000\n");
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
        }

        void start(boolean withConsole) throws IOException {
            ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("stint").toString());
            pb.environment().put("STINT_HOME", home.toString());
            pb.environment().put("STINT_DATA", dir.resolve("data").toString());
            pb.environment().put("STINT_HTTP_PORT", String.valueOf(port));
            pb.environment().put("STINT_BUILD", "never");
            pb.environment().put("STINT_BOOTSTRAP_TOKEN", TOKEN);
            pb.environment().put("STINT_CONSOLE", withConsole ? "on" : "off");
            pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            if (!withConsole) {
                pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            }
            process = pb.start();
            console = process.getOutputStream();
        }

        void shell(String command) throws IOException {
            console.write((command + "\n").getBytes(StandardCharsets.UTF_8));
            console.flush();
        }

        /** Asks Gogo for the bundle's id and reads it from the server's output. */
        long bundleId(String bsn) throws Exception {
            shell("lb -s " + bsn);
            Pattern row = Pattern.compile("^\\s*(\\d+)\\|Active\\s*\\|.*\\|" + Pattern.quote(bsn) + "\\b", Pattern.MULTILINE);
            for (int i = 0; i < 500; i++) {
                Matcher m = row.matcher(Files.readString(log));
                if (m.find()) {
                    return Long.parseLong(m.group(1));
                }
                Thread.sleep(10);
            }
            throw new IllegalStateException("no bundle id for " + bsn + " in:\n" + Files.readString(log));
        }

        long rssKb() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return -1;
        }

        /** SIGTERM and wait: a clean stop, as an operator's. */
        void stop() throws Exception {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        @Override
        public void close() throws Exception {
            stop();
        }
    }
}
