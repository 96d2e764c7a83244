package io.stint.itest;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The real server, started with the README's command (./stint) as a separate process. */
final class ServerProcess implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("stint.root", "..")).toAbsolutePath().normalize();

    final Path home;
    final Path data;
    final int port;
    final Path log;
    private Process process;

    ServerProcess(Path dir, int port) throws IOException {
        this.home = dir.resolve("home");
        this.data = dir.resolve("data");
        this.port = port;
        this.log = dir.resolve("server.log");
        Files.createDirectories(home.resolve("deploy"));
        Files.createDirectories(home.resolve("etc"));
        try (Stream<Path> files = Files.list(ROOT.resolve("runtime/etc"))) {
            for (Path f : files.toList()) {
                Files.copy(f, home.resolve("etc").resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(ROOT.resolve("runtime/logging.properties"), home.resolve("logging.properties"), StandardCopyOption.REPLACE_EXISTING);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    void deployExample() throws IOException {
        Files.copy(Modules.exampleJar(), home.resolve("deploy/io.stint.example.jar"), StandardCopyOption.REPLACE_EXISTING);
    }

    ServerProcess start() throws IOException {
        return start(Map.of());
    }

    ServerProcess start(Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("stint").toString());
        pb.environment().put("STINT_HOME", home.toString());
        pb.environment().put("STINT_DATA", data.toString());
        pb.environment().put("STINT_HTTP_PORT", String.valueOf(port));
        pb.environment().put("STINT_CONSOLE", "off");
        pb.environment().put("STINT_BUILD", "never");
        pb.environment().put("STINT_BOOTSTRAP_TOKEN", StintRuntime.TOKEN);
        pb.environment().putAll(env);
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        process = pb.start();
        return this;
    }

    /** Polls until GET {@code path} answers {@code status}. */
    boolean await(String path, int status, int seconds) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(request(path).timeout(Duration.ofSeconds(2)).build(),
                        BodyHandlers.discarding()).statusCode() == status) {
                    return true;
                }
            } catch (IOException notYet) {
                // keep polling
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** A request to {@code path} carrying the bootstrap admin token. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + StintRuntime.TOKEN);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** SIGKILL: no shutdown hook, no clean close. */
    void kill9() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then the exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not exit within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    int waitForExit(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the process is still running after " + seconds + " s");
        }
        return process.exitValue();
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill9();
        }
    }
}
