/*
 * Seeds a Stint data folder for the tracking benchmark: users, their tokens, clients and projects
 * through the HTTP API of a running server, then the time entries straight into the stopped
 * server's HSQLDB file database with JDBC (a million entries through HTTP would take too long).
 *
 *   1. server running (started with STINT_BOOTSTRAP_TOKEN):
 *      java bench/SeedTimeEntries.java http --url=http://127.0.0.1:18080 --token=tt_... --out=DIR
 *        [--users=199] [--clients=20] [--projects=2000] [--threads=4] [--timezone=UTC]
 *      writes DIR/users.tsv (id, username, token; the bootstrap admin last), DIR/projects.tsv
 *      (project id, client id or empty) and DIR/clients.txt.
 *   2. server stopped:
 *      java -cp ~/.m2/repository/org/hsqldb/hsqldb/2.7.4/hsqldb-2.7.4.jar bench/SeedTimeEntries.java jdbc
 *        --data=STINT_DATA --manifest=DIR [--entries=1000000] [--days=730] [--end=YYYY-MM-DD]
 *        [--batch=5000] [--shutdown=plain|compact] [--nolog=true]
 *      inserts entries/users entries per user over the working days (Mon-Fri) of the --days before
 *      --end (default today, UTC), 07:00-19:00 UTC, several a day, never overlapping, on random
 *      projects, and writes DIR/seed.properties (the list benchmark's month among others).
 *   Trying the JDBC path without the server: add --scratch=true to step 2 with an empty --data
 *   folder; it applies the tracking schema (V1) itself and invents 200 users and 2,000 projects.
 *
 * The HTTP shapes (request bodies, {message, user:{id}}, {api_token:{token}}, ...) are in the
 * methods user(), token(), client() and project(); adjust them there if the API differs.
 */
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SeedTimeEntries {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: SeedTimeEntries http|jdbc --name=value ... (see the comment at the top)");
        }
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            int eq = a.indexOf('=');
            if (!a.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("options are --name=value, not '" + a + "'");
            }
            o.put(a.substring(2, eq), a.substring(eq + 1));
        }
        switch (args[0]) {
            case "http" -> new Http(o).seed();
            case "jdbc" -> new Jdbc(o).seed();
            default -> throw new IllegalArgumentException("mode is http or jdbc, not " + args[0]);
        }
    }

    static String req(Map<String, String> o, String key) {
        String v = o.get(key);
        if (v == null) {
            throw new IllegalArgumentException("--" + key + " is required");
        }
        return v;
    }

    /** Users, tokens, clients and projects through the API of a running server. */
    static final class Http {
        final String base;
        final String adminToken;
        final Path out;
        final int users;
        final int clients;
        final int projects;
        final int threads;
        final String timezone;
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        Http(Map<String, String> o) {
            base = req(o, "url").replaceAll("/+$", "") + "/api/v1";
            adminToken = req(o, "token");
            out = Path.of(req(o, "out"));
            users = Integer.parseInt(o.getOrDefault("users", "199"));
            clients = Integer.parseInt(o.getOrDefault("clients", "20"));
            projects = Integer.parseInt(o.getOrDefault("projects", "2000"));
            threads = Integer.parseInt(o.getOrDefault("threads", "4"));
            timezone = o.getOrDefault("timezone", "UTC");
        }

        void seed() throws Exception {
            Files.createDirectories(out);
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                long adminId = id(call("GET", "/users/me", null, 200), "user");
                List<Future<String>> userRows = new ArrayList<>();
                for (int i = 1; i <= users; i++) {
                    int n = i;
                    userRows.add(pool.submit(() -> {
                        String username = String.format(Locale.ROOT, "bench%03d", n);
                        long id = user(username);
                        return id + "\t" + username + "\t" + token(id);
                    }));
                }
                List<String> rows = new ArrayList<>();
                for (Future<String> f : userRows) {
                    rows.add(f.get());
                }
                rows.add(adminId + "\tadmin\t" + adminToken);
                Files.write(out.resolve("users.tsv"), rows);
                System.out.printf("%d users with a token each (+ the admin) in %.1f s%n", users, secs(t0));

                long t1 = System.nanoTime();
                List<Long> clientIds = new ArrayList<>();
                for (int i = 1; i <= clients; i++) {
                    clientIds.add(client(String.format(Locale.ROOT, "Bench Client %02d", i)));
                }
                Files.write(out.resolve("clients.txt"), clientIds.stream().map(String::valueOf).toList());
                List<Future<String>> projectRows = new ArrayList<>();
                for (int i = 1; i <= projects; i++) {
                    int n = i;
                    // Three projects in four belong to a client, as in a consultancy; the rest are internal.
                    Long clientId = clientIds.isEmpty() || n % 4 == 0 ? null : clientIds.get(n % clientIds.size());
                    projectRows.add(pool.submit(() -> project(String.format(Locale.ROOT, "Bench Project %04d", n), clientId) + "\t"
                            + (clientId == null ? "" : clientId)));
                }
                List<String> prows = new ArrayList<>();
                for (Future<String> f : projectRows) {
                    prows.add(f.get());
                }
                Files.write(out.resolve("projects.tsv"), prows);
                System.out.printf("%d clients, %d projects in %.1f s%n", clients, projects, secs(t1));
            } finally {
                pool.shutdownNow();
            }
            System.out.printf("HTTP seeding took %.1f s%n", secs(t0));
        }

        long user(String username) throws Exception {
            String body = String.format(Locale.ROOT,
                    "{\"username\":\"%s\",\"password\":\"Bench-password-%s!\",\"email\":\"%s@bench.example\","
                            + "\"full_name\":\"Bench User %s\",\"role\":\"user\",\"timezone\":\"%s\"}",
                    username, username, username, username.substring(5), timezone);
            return id(call("POST", "/users", body, 201), "user");
        }

        String token(long userId) throws Exception {
            String body = "{\"name\":\"bench\",\"scopes\":[\"read:time_entries\",\"write:time_entries\"],\"user_id\":" + userId + "}";
            String json = call("POST", "/tokens", body, 201);
            Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"(tt_[^\"]+)\"").matcher(json);
            if (!m.find()) {
                throw new IllegalStateException("no \"token\":\"tt_...\" in the answer to POST /tokens: " + json);
            }
            return m.group(1);
        }

        long client(String name) throws Exception {
            return id(call("POST", "/clients", "{\"name\":\"" + name + "\"}", 201), "client");
        }

        long project(String name, Long clientId) throws Exception {
            String body = "{\"name\":\"" + name + "\"" + (clientId == null ? "" : ",\"client_id\":" + clientId) + "}";
            return id(call("POST", "/projects", body, 201), "project");
        }

        String call(String method, String path, String body, int expected) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + adminToken);
            if (body != null) {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + " (expected " + expected + "): "
                        + r.body() + (body == null ? "" : "\nrequest body: " + body));
            }
            return r.body();
        }

        /** The "id" of the object under {@code key} ({"message":..., "user":{"id":7,...}}), or a top-level id. */
        static long id(String json, String key) {
            int at = json.indexOf("\"" + key + "\"");
            Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
            if (m.find(Math.max(at, 0))) {
                return Long.parseLong(m.group(1));
            }
            throw new IllegalStateException("no id of '" + key + "' in: " + json);
        }
    }

    /** Time entries straight into the database of a stopped server. */
    static final class Jdbc {
        /** The columns seeded; any other NOT NULL column without a default stops the seeder with a clear message. */
        static final Set<String> FILLED = Set.of("ID", "USER_ID", "PROJECT_ID", "CLIENT_ID", "START_AT", "END_AT", "DURATION_SECONDS",
                "BREAK_SECONDS", "NOTES", "SOURCE", "BILLABLE", "PAID", "CREATED_AT", "UPDATED_AT");
        static final String INSERT = "INSERT INTO TRACKING_TIME_ENTRIES (USER_ID, PROJECT_ID, CLIENT_ID, START_AT, END_AT, DURATION_SECONDS,"
                + " BREAK_SECONDS, NOTES, SOURCE, BILLABLE, PAID, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, 0, ?, 'manual', ?, FALSE, ?, ?)";
        static final String[] NOTES = {"Code review", "Client call", "Implementation", "Planning", "Bug fixing", "Documentation",
                "Testing", "Deployment", "Research", "Support"};

        final Path data;
        final Path manifest;
        final long entries;
        final int days;
        final LocalDate end;
        final int batch;
        final String shutdown;
        final boolean noLog;
        final boolean scratch;

        Jdbc(Map<String, String> o) {
            data = Path.of(req(o, "data")).toAbsolutePath().normalize();
            manifest = Path.of(req(o, "manifest"));
            entries = Long.parseLong(o.getOrDefault("entries", "1000000"));
            days = Integer.parseInt(o.getOrDefault("days", "730"));
            end = LocalDate.parse(o.getOrDefault("end", LocalDate.now(ZoneOffset.UTC).toString()));
            batch = Integer.parseInt(o.getOrDefault("batch", "5000"));
            shutdown = o.getOrDefault("shutdown", "plain");
            noLog = Boolean.parseBoolean(o.getOrDefault("nolog", "true"));
            scratch = Boolean.parseBoolean(o.getOrDefault("scratch", "false"));
        }

        /** The store's URL (io.stint.store Database.fileUrl), user SA, empty password. */
        String url() {
            return "jdbc:hsqldb:file:" + data.resolve("db").resolve("stint")
                    + ";hsqldb.write_delay=false;hsqldb.tx=mvcc;hsqldb.default_table_type=cached;hsqldb.lock_file=true"
                    + (scratch ? "" : ";ifexists=true");
        }

        void seed() throws Exception {
            long t0 = System.nanoTime();
            try (Connection c = DriverManager.getConnection(url(), "SA", "")) {
                if (scratch) {
                    scratchSchema(c);
                }
                checkColumns(c);
                long[] users = users();
                long[][] projects = projects();
                long before = count(c);
                if (noLog) {
                    // No redo log while bulk loading: the final SHUTDOWN writes the data files whole.
                    exec(c, "SET FILES LOG FALSE");
                }
                long t1 = System.nanoTime();
                long inserted = insert(c, users, projects);
                double insertSecs = secs(t1);
                if (noLog) {
                    exec(c, "SET FILES LOG TRUE");
                }
                long t2 = System.nanoTime();
                exec(c, "compact".equals(shutdown) ? "SHUTDOWN COMPACT" : "SHUTDOWN");
                double shutdownSecs = secs(t2);
                System.out.printf(Locale.ROOT, "inserted %d entries (%d were there) for %d users in %.1f s (%.0f rows/s); %s took %.1f s;"
                        + " total %.1f s%n", inserted, before, users.length, insertSecs, inserted / insertSecs,
                        "compact".equals(shutdown) ? "SHUTDOWN COMPACT" : "SHUTDOWN", shutdownSecs, secs(t0));
            }
            writeProperties();
            System.out.printf("database files: %s%n", sizes());
        }

        long insert(Connection c, long[] users, long[][] projects) throws SQLException {
            List<LocalDate> workdays = new ArrayList<>();
            for (LocalDate d = end.minusDays(days); d.isBefore(end); d = d.plusDays(1)) {
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    workdays.add(d);
                }
            }
            long perUser = entries / users.length;
            long extra = entries % users.length;
            Random random = new Random(42);
            c.setAutoCommit(false);
            long inserted = 0;
            int pending = 0;
            long progressAt = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (int u = 0; u < users.length; u++) {
                    long mine = perUser + (u < extra ? 1 : 0);
                    int wd = workdays.size();
                    for (int d = 0; d < wd; d++) {
                        // Spread this user's entries evenly over the working days, 07:00-19:00 UTC, one per slot.
                        int today = (int) ((d + 1) * mine / wd - d * mine / wd);
                        if (today == 0) {
                            continue;
                        }
                        long slot = 12 * 3600 / today;
                        LocalDateTime dayStart = workdays.get(d).atTime(7, 0);
                        for (int k = 0; k < today; k++) {
                            long length = Math.max(300, (long) (slot * (0.4 + 0.5 * random.nextDouble())));
                            long offset = (long) ((slot - length) * random.nextDouble());
                            LocalDateTime start = dayStart.plusSeconds(k * slot + offset);
                            LocalDateTime stop = start.plusSeconds(length);
                            long[] project = projects[random.nextInt(projects.length)];
                            ps.setLong(1, users[u]);
                            ps.setLong(2, project[0]);
                            if (project[1] < 0) {
                                ps.setNull(3, java.sql.Types.BIGINT);
                            } else {
                                ps.setLong(3, project[1]);
                            }
                            ps.setObject(4, start);
                            ps.setObject(5, stop);
                            ps.setLong(6, length);
                            ps.setString(7, NOTES[random.nextInt(NOTES.length)]);
                            ps.setBoolean(8, random.nextInt(5) != 0);
                            ps.setObject(9, stop);
                            ps.setObject(10, stop);
                            ps.addBatch();
                            if (++pending == batch) {
                                ps.executeBatch();
                                c.commit();
                                inserted += pending;
                                pending = 0;
                                if (System.nanoTime() - progressAt > 10_000_000_000L) {
                                    progressAt = System.nanoTime();
                                    System.out.printf("  %d entries...%n", inserted);
                                }
                            }
                        }
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                    c.commit();
                    inserted += pending;
                }
            }
            c.setAutoCommit(true);
            return inserted;
        }

        void checkColumns(Connection c) throws SQLException {
            List<String> missing = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COLUMN_NAME, IS_NULLABLE, COLUMN_DEFAULT,"
                    + " IS_IDENTITY FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'TRACKING_TIME_ENTRIES'")) {
                int columns = 0;
                while (r.next()) {
                    columns++;
                    if ("NO".equals(r.getString(2)) && r.getString(3) == null && !"YES".equals(r.getString(4))
                            && !FILLED.contains(r.getString(1))) {
                        missing.add(r.getString(1));
                    }
                }
                if (columns == 0) {
                    throw new IllegalStateException("no TRACKING_TIME_ENTRIES table in " + data
                            + ": start the server once with the tracking bundle (or use --scratch=true on an empty folder)");
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("TRACKING_TIME_ENTRIES has NOT NULL columns the seeder does not fill: " + missing
                        + "; add them to INSERT in bench/SeedTimeEntries.java");
            }
        }

        long[] users() throws IOException {
            return Files.readAllLines(manifest.resolve("users.tsv")).stream().filter(l -> !l.isBlank())
                    .mapToLong(l -> Long.parseLong(l.split("\t")[0])).toArray();
        }

        long[][] projects() throws IOException {
            return Files.readAllLines(manifest.resolve("projects.tsv")).stream().filter(l -> !l.isBlank()).map(l -> {
                String[] f = l.split("\t", -1);
                return new long[] {Long.parseLong(f[0]), f.length < 2 || f[1].isEmpty() ? -1 : Long.parseLong(f[1])};
            }).toArray(long[][]::new);
        }

        /** Applies the tracking schema and invents users and projects, to try the insert path without a server. */
        void scratchSchema(Connection c) throws IOException, SQLException {
            Path v1 = Path.of("bundles/io.stint.tracking/src/main/resources/OSGI-INF/stint/migrations/V1__tracking_schema.sql");
            String sql = Files.readString(v1).replaceAll("(?m)^\\s*--.*$", "");
            for (String statement : sql.split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    exec(c, statement);
                }
            }
            Files.createDirectories(manifest);
            List<String> users = new ArrayList<>();
            for (int i = 1; i <= 200; i++) {
                users.add(i + "\tbench" + i + "\ttt_scratch");
            }
            Files.write(manifest.resolve("users.tsv"), users);
            List<String> projects = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                for (int i = 1; i <= 20; i++) {
                    s.execute("INSERT INTO TRACKING_CLIENTS (NAME, CREATED_AT, UPDATED_AT) VALUES ('Client " + i
                            + "', CURRENT_TIMESTAMP(0), CURRENT_TIMESTAMP)");
                }
                try (ResultSet r = s.executeQuery("SELECT MIN(ID) FROM TRACKING_CLIENTS")) {
                    r.next();
                    long firstClient = r.getLong(1);
                    for (int i = 1; i <= 2000; i++) {
                        Long client = i % 4 == 0 ? null : firstClient + i % 20;
                        s.execute("INSERT INTO TRACKING_PROJECTS (NAME, CLIENT_ID, CREATED_AT, UPDATED_AT) VALUES ('Project " + i + "', "
                                + client + ", CURRENT_TIMESTAMP(0), CURRENT_TIMESTAMP)");
                    }
                }
                try (ResultSet r = s.executeQuery("SELECT ID, CLIENT_ID FROM TRACKING_PROJECTS ORDER BY ID")) {
                    while (r.next()) {
                        long client = r.getLong(2);
                        projects.add(r.getLong(1) + "\t" + (r.wasNull() ? "" : client));
                    }
                }
            }
            Files.write(manifest.resolve("projects.tsv"), projects);
        }

        /** The facts the benchmark driver needs: the seeded span and a full calendar month inside it. */
        void writeProperties() throws IOException {
            LocalDate month = end.minusMonths(2).withDayOfMonth(1);
            List<String> p = List.of("entries=" + entries, "first_day=" + end.minusDays(days), "last_day=" + end.minusDays(1),
                    "list_start_date=" + month, "list_end_date=" + month.withDayOfMonth(month.lengthOfMonth()));
            Files.write(manifest.resolve("seed.properties"), p);
        }

        String sizes() throws IOException {
            StringBuilder sb = new StringBuilder();
            try (var files = Files.list(data.resolve("db"))) {
                for (Path f : files.sorted().toList()) {
                    sb.append(f.getFileName()).append(' ').append(Files.size(f) / (1024 * 1024)).append(" MB, ");
                }
            }
            return sb.toString();
        }

        static long count(Connection c) throws SQLException {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM TRACKING_TIME_ENTRIES")) {
                r.next();
                return r.getLong(1);
            }
        }

        static void exec(Connection c, String sql) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
