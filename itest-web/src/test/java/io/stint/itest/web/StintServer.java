package io.stint.itest.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real server, started with the README's command ({@code ./stint}) in a fresh folder, and a
 * small JSON client for setting up data with the bootstrap admin token.
 */
public final class StintServer implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("stint.root", "..")).toAbsolutePath().normalize();
    static final String TOKEN = "tt_webBootstrapToken0123456789abcde";
    static final ObjectMapper JSON = new ObjectMapper();

    final Path home;
    final int port;
    private final Path log;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    private StintServer(Path dir) throws IOException {
        this.home = dir.resolve("home");
        this.log = dir.resolve("server.log");
        this.port = freePort();
        Files.createDirectories(home.resolve("deploy"));
        Files.createDirectories(home.resolve("etc"));
        try (Stream<Path> files = Files.list(ROOT.resolve("runtime/etc"))) {
            for (Path f : files.toList()) {
                Files.copy(f, home.resolve("etc").resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(ROOT.resolve("runtime/logging.properties"), home.resolve("logging.properties"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** A fresh server in {@code target/itest-work/<name>}; {@code etc} lines are added to config files. */
    public static StintServer start(String name, Map<String, String> etc) throws Exception {
        Path work = Path.of(System.getProperty("stint.itest.work", "target/itest-work")).resolve(name);
        deleteTree(work);
        StintServer server = new StintServer(work);
        for (Map.Entry<String, String> file : etc.entrySet()) {
            Files.writeString(server.home.resolve("etc").resolve(file.getKey()), file.getValue());
        }
        server.launch();
        return server;
    }

    private void launch() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("stint").toString());
        pb.environment().put("STINT_HOME", home.toString());
        pb.environment().put("STINT_DATA", home.resolveSibling("data").toString());
        pb.environment().put("STINT_HTTP_PORT", String.valueOf(port));
        pb.environment().put("STINT_CONSOLE", "off");
        pb.environment().put("STINT_BUILD", "never");
        pb.environment().put("STINT_BOOTSTRAP_TOKEN", TOKEN);
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        process = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited: " + log());
            }
            try {
                if (client.send(HttpRequest.newBuilder(uri("/")).timeout(Duration.ofSeconds(2)).build(),
                        BodyHandlers.discarding()).statusCode() == 200
                        && client.send(HttpRequest.newBuilder(uri("/api/v1/time-entries"))
                                .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(2)).build(),
                                BodyHandlers.discarding()).statusCode() == 200
                        && client.send(HttpRequest.newBuilder(uri("/api/v1/users/me"))
                                .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(2)).build(),
                                BodyHandlers.discarding()).statusCode() == 200) {
                    awaitSettledRoutes(deadline);
                    return;
                }
            } catch (IOException notYet) {
                // keep polling
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the server did not serve / within 120 s: " + log());
    }

    /**
     * Waits until {@code path} answers 200 to the admin: modules register their routes one by one
     * after the server first answers, so a test waits for the ones it is about to use.
     */
    public StintServer awaitRoute(String path, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = send("GET", path, null).statusCode();
            if (status == 200) {
                return this;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " answered " + status + " for " + seconds + " s");
    }

    /**
     * Waits until the REST runtime's routes stop changing: modules register their resources one
     * by one after the database opens, and a route that is not there yet answers 404.
     */
    private void awaitSettledRoutes(long deadline) throws IOException, InterruptedException {
        String last = null;
        int same = 0;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> doc = client.send(HttpRequest.newBuilder(uri("/api/openapi.json"))
                    .timeout(Duration.ofSeconds(2)).build(), BodyHandlers.ofString());
            String paths = doc.statusCode() == 200 ? JSON.readTree(doc.body()).path("paths").toString() : null;
            if (paths != null && paths.contains("\"/users\"") && paths.equals(last)) {
                if (++same == 3) {
                    return;
                }
            } else {
                same = 0;
            }
            last = paths;
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server's routes did not settle within 120 s: " + log());
    }

    /** The page's address, e.g. {@code url("/")}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    URI uri(String path) {
        return URI.create(url(path));
    }

    /** Calls the API as the bootstrap admin; a status other than 2xx fails the test with the body. */
    public JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> reply = send(method, path, body);
        if (reply.statusCode() / 100 != 2) {
            throw new AssertionError(method + " " + path + " answered " + reply.statusCode() + ": " + reply.body());
        }
        return reply.body().isEmpty() ? JSON.nullNode() : JSON.readTree(reply.body());
    }

    public JsonNode get(String path) throws IOException, InterruptedException {
        return call("GET", path, null);
    }

    public JsonNode post(String path, Object body) throws IOException, InterruptedException {
        return call("POST", path, body);
    }

    /** The raw reply, whatever its status. */
    public HttpResponse<String> send(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKEN).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
        }
        return client.send(request.build(), BodyHandlers.ofString());
    }

    /** A user with a password, of role {@code user} unless {@code admin}; answers its id. */
    public long createUser(String username, String password, boolean admin) throws IOException, InterruptedException {
        JsonNode created = post("/api/v1/users", Map.of("username", username, "password", password,
                "role", admin ? "admin" : "user", "timezone", "UTC"));
        return created.path("user").path("id").asLong();
    }

    /** The id of the active bundle with that symbolic name, from the admin API. */
    public long bundleId(String symbolicName) throws IOException, InterruptedException {
        for (JsonNode module : get("/api/v1/admin/modules").path("modules")) {
            if (symbolicName.equals(module.path("symbolic_name").asText())) {
                return module.path("id").asLong();
            }
        }
        throw new AssertionError("no module " + symbolicName);
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
