/*
 * A closed-loop HTTP/1.1 keep-alive load generator for Stint's benchmarks: JDK only, cheap on CPU
 * (it shares the machine with the server it measures).
 *
 *   java -XX:+UseSerialGC -Xss256k bench/LoadGen.java --url=http://127.0.0.1:8080/health [options]
 *
 * Options (--name=value):
 *   url          the target, http:// only (required)
 *   method       GET (default), POST, PUT, PATCH, DELETE
 *   header       a request header "Name: value"; repeatable. "{token}" in a value is replaced by
 *                the connection's token (see tokens)
 *   body         the request body; placeholders below are filled per request
 *   body-file    read the body template from a file instead
 *   content-type the body's type (default application/json)
 *   connections  concurrent connections, one thread each (default 32)
 *   warmup       seconds of load before measuring (default 5)
 *   duration     seconds measured after the warmup (default 30)
 *   tokens       a file of tokens, one per line: connection i uses line i mod count for {token}
 *   values       a file of values, one per line: {v} is line n mod count (e.g. project ids)
 *   counter      the first value of the request counter n (default 0)
 *   time-base    naive local ISO date-time {start} counts from (default 2030-01-01T00:00:00)
 *   time-step    seconds between two requests' {start} (default 120)
 *   time-length  seconds from {start} to {end} (default 60)
 *   timeout      seconds a response may take before it counts as an error (default 10)
 *   name         a label for the summary line (default: the method)
 *   show         print the first response (head and up to 2 KB of body) of connection 0
 *
 * Placeholders: {n} the request counter (shared by all connections, so every request gets its own),
 * {conn} the connection index (also in the url's path), {v} see values, {start} = time-base + n * time-step and
 * {end} = {start} + time-length, both as yyyy-MM-ddTHH:mm:ss, so entries created from a single
 * counter never overlap.
 *
 * Each connection writes its pre-built request bytes, then reads the status line and headers and
 * skips the body by Content-Length or chunks; latencies go into a per-thread log-linear histogram
 * (1/128 relative precision), merged at the end. Only responses completed inside the measured window
 * count. The last line is machine readable: "LOADGEN key=value ..."; its counter_next is the first
 * unused {n}, for a later run's --counter.
 */
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

public class LoadGen {

    public static void main(String[] args) throws Exception {
        Map<String, List<String>> opts = parse(args);
        Config cfg = new Config(opts);
        Worker[] workers = new Worker[cfg.connections];
        long t0 = System.nanoTime();
        long measureFrom = t0 + cfg.warmupNanos;
        long measureTo = measureFrom + cfg.durationNanos;
        long cpu0 = cpuNanos();
        for (int i = 0; i < cfg.connections; i++) {
            workers[i] = new Worker(cfg, i, measureFrom, measureTo);
        }
        for (Worker w : workers) {
            w.start();
        }
        long waitFor = (measureFrom - System.nanoTime()) / 1_000_000;
        if (waitFor > 0) {
            Thread.sleep(waitFor);
        }
        long cpuAtMeasure = cpuNanos();
        for (Worker w : workers) {
            w.join();
        }
        long cpuEnd = cpuNanos();

        Histogram all = new Histogram();
        long requests = 0;
        long ioErrors = 0;
        long timeouts = 0;
        long[] statuses = new long[600];
        for (Worker w : workers) {
            all.add(w.histogram);
            requests += w.measured;
            ioErrors += w.ioErrors;
            timeouts += w.timeouts;
            for (int s = 0; s < statuses.length; s++) {
                statuses[s] += w.statuses[s];
            }
        }
        double seconds = cfg.durationNanos / 1e9;
        long errors = ioErrors + timeouts;
        Map<String, Long> byStatus = new TreeMap<>();
        for (int s = 0; s < statuses.length; s++) {
            if (statuses[s] > 0) {
                byStatus.put(String.valueOf(s), statuses[s]);
                if (s < 200 || s >= 400) {
                    errors += statuses[s];
                }
            }
        }
        long ok = requests - (errors - ioErrors - timeouts);
        double rps = requests / seconds;
        double cpuPct = cpuAtMeasure >= 0 && cpuEnd >= 0 ? 100.0 * (cpuEnd - cpuAtMeasure) / cfg.durationNanos : -1;

        System.out.printf(Locale.ROOT, "target     %s %s, %d connections, warmup %.0f s, measured %.0f s%n", cfg.method, cfg.uri,
                cfg.connections, cfg.warmupNanos / 1e9, seconds);
        System.out.printf(Locale.ROOT, "requests   %d completed in the window, %.1f/s; successful (2xx/3xx) %d, %.1f/s%n", requests, rps,
                ok, ok / seconds);
        System.out.printf(Locale.ROOT, "statuses   %s%s%s%n", byStatus, ioErrors > 0 ? ", io errors " + ioErrors : "",
                timeouts > 0 ? ", timeouts " + timeouts : "");
        System.out.printf(Locale.ROOT, "latency ms p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f  mean %.2f (n=%d)%n",
                all.percentileMs(50), all.percentileMs(90), all.percentileMs(99), all.percentileMs(99.9), all.maxMs(), all.meanMs(),
                all.count);
        System.out.printf(Locale.ROOT, "load gen   %.0f%% of one core while measuring (%.1f s CPU in total)%n", cpuPct,
                (cpuEnd - cpu0) / 1e9);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("name", cfg.name);
        line.put("method", cfg.method);
        line.put("url", cfg.uri);
        line.put("connections", cfg.connections);
        line.put("seconds", String.format(Locale.ROOT, "%.1f", seconds));
        line.put("requests", requests);
        line.put("rps", String.format(Locale.ROOT, "%.1f", rps));
        line.put("ok_rps", String.format(Locale.ROOT, "%.1f", ok / seconds));
        line.put("errors", errors);
        line.put("p50_ms", String.format(Locale.ROOT, "%.2f", all.percentileMs(50)));
        line.put("p90_ms", String.format(Locale.ROOT, "%.2f", all.percentileMs(90)));
        line.put("p99_ms", String.format(Locale.ROOT, "%.2f", all.percentileMs(99)));
        line.put("p999_ms", String.format(Locale.ROOT, "%.2f", all.percentileMs(99.9)));
        line.put("max_ms", String.format(Locale.ROOT, "%.2f", all.maxMs()));
        line.put("loadgen_cpu_pct", String.format(Locale.ROOT, "%.0f", cpuPct));
        line.put("counter_next", cfg.counter.get());
        StringBuilder out = new StringBuilder("LOADGEN");
        line.forEach((k, v) -> out.append(' ').append(k).append('=').append(v));
        byStatus.forEach((k, v) -> out.append(" status_").append(k).append('=').append(v));
        System.out.println(out);
        System.exit(0);
    }

    static long cpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    static Map<String, List<String>> parse(String[] args) {
        Map<String, List<String>> opts = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("options are --name=value, not '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            String key = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            String value = eq < 0 ? "true" : arg.substring(eq + 1);
            opts.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return opts;
    }

    /** The parsed options and the request template. */
    static final class Config {
        static final List<String> KNOWN = List.of("url", "method", "header", "body", "body-file", "content-type", "connections",
                "warmup", "duration", "tokens", "values", "counter", "time-base", "time-step", "time-length", "timeout", "name",
                "show");
        final URI uri;
        final String host;
        final int port;
        final String method;
        final List<String> headers;
        final String body;
        final String contentType;
        final int connections;
        final long warmupNanos;
        final long durationNanos;
        final List<String> tokens;
        final List<String> values;
        final AtomicLong counter;
        final LocalDateTime timeBase;
        final long timeStep;
        final long timeLength;
        final int timeoutMs;
        final String name;
        final boolean show;

        Config(Map<String, List<String>> o) throws IOException {
            for (String key : o.keySet()) {
                if (!KNOWN.contains(key)) {
                    throw new IllegalArgumentException("unknown option --" + key + "; known: " + KNOWN);
                }
            }
            // {conn} may appear in the path (one resource per connection); URIs can't hold braces
            uri = URI.create(one(o, "url", null).replace("{conn}", CONN_MARK));
            if (!"http".equals(uri.getScheme())) {
                throw new IllegalArgumentException("--url must be http://host:port/path");
            }
            host = uri.getHost();
            port = uri.getPort() < 0 ? 80 : uri.getPort();
            method = one(o, "method", "GET").toUpperCase(Locale.ROOT);
            headers = o.getOrDefault("header", List.of());
            String file = one(o, "body-file", null);
            body = file != null ? Files.readString(Path.of(file)) : one(o, "body", null);
            contentType = one(o, "content-type", "application/json");
            connections = Integer.parseInt(one(o, "connections", "32"));
            warmupNanos = (long) (Double.parseDouble(one(o, "warmup", "5")) * 1e9);
            durationNanos = (long) (Double.parseDouble(one(o, "duration", "30")) * 1e9);
            tokens = lines(one(o, "tokens", null));
            values = lines(one(o, "values", null));
            counter = new AtomicLong(Long.parseLong(one(o, "counter", "0")));
            timeBase = LocalDateTime.parse(one(o, "time-base", "2030-01-01T00:00:00"));
            timeStep = Long.parseLong(one(o, "time-step", "120"));
            timeLength = Long.parseLong(one(o, "time-length", "60"));
            timeoutMs = (int) (Double.parseDouble(one(o, "timeout", "10")) * 1000);
            name = one(o, "name", method.toLowerCase(Locale.ROOT));
            show = Boolean.parseBoolean(one(o, "show", "false"));
            if (connections < 1 || durationNanos <= 0 || warmupNanos < 0) {
                throw new IllegalArgumentException("need connections >= 1, duration > 0, warmup >= 0");
            }
            if (headers.stream().anyMatch(h -> h.contains("{token}")) && tokens.isEmpty()) {
                throw new IllegalArgumentException("{token} in a header needs --tokens=FILE");
            }
            if (body != null && body.contains("{v}") && values.isEmpty()) {
                throw new IllegalArgumentException("{v} in the body needs --values=FILE");
            }
        }

        static String one(Map<String, List<String>> o, String key, String fallback) {
            List<String> v = o.get(key);
            if (v == null) {
                if (fallback == null && key.equals("url")) {
                    throw new IllegalArgumentException("--url is required");
                }
                return fallback;
            }
            return v.get(v.size() - 1);
        }

        static List<String> lines(String file) throws IOException {
            if (file == null) {
                return List.of();
            }
            return Files.readAllLines(Path.of(file)).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        /** The request line and headers of connection {@code conn}, up to the body's headers. */
        static final String CONN_MARK = "__conn__";

        String head(int conn) {
            String path = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (uri.getRawQuery() != null) {
                path += "?" + uri.getRawQuery();
            }
            path = path.replace(CONN_MARK, Integer.toString(conn));
            StringBuilder sb = new StringBuilder();
            sb.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
            sb.append("Host: ").append(host).append(':').append(port).append("\r\n");
            for (String h : headers) {
                sb.append(h.replace("{token}", tokens.isEmpty() ? "" : tokens.get(conn % tokens.size()))).append("\r\n");
            }
            if (body != null) {
                sb.append("Content-Type: ").append(contentType).append("\r\n");
            }
            return sb.toString();
        }

        boolean templated() {
            return body != null && body.indexOf('{') >= 0;
        }

        /** The body of request number {@code n} on connection {@code conn}. */
        byte[] body(long n, int conn) {
            if (!templated()) {
                return body.getBytes(StandardCharsets.UTF_8);
            }
            String b = body.replace("{n}", Long.toString(n)).replace("{conn}", Integer.toString(conn));
            if (b.contains("{start}") || b.contains("{end}")) {
                LocalDateTime start = timeBase.plusSeconds(n * timeStep);
                b = b.replace("{start}", ISO.format(start)).replace("{end}", ISO.format(start.plusSeconds(timeLength)));
            }
            if (!values.isEmpty()) {
                b = b.replace("{v}", values.get((int) Math.floorMod(n, (long) values.size())));
            }
            return b.getBytes(StandardCharsets.UTF_8);
        }

        static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    }

    /** One connection: a closed loop of request, full response, next request. */
    static final class Worker extends Thread {
        final Config cfg;
        final int conn;
        final long measureFrom;
        final long measureTo;
        final Histogram histogram = new Histogram();
        final long[] statuses = new long[600];
        long measured;
        long ioErrors;
        long timeouts;
        Socket socket;
        OutputStream out;
        Reader in;

        Worker(Config cfg, int conn, long measureFrom, long measureTo) {
            super(null, null, "loadgen-" + conn, 256 * 1024);
            this.cfg = cfg;
            this.conn = conn;
            this.measureFrom = measureFrom;
            this.measureTo = measureTo;
            setDaemon(true);
        }

        @Override
        public void run() {
            byte[] head = cfg.head(conn).getBytes(StandardCharsets.ISO_8859_1);
            byte[] fixed = cfg.body == null ? concat(head, "\r\n".getBytes(StandardCharsets.ISO_8859_1), new byte[0])
                    : cfg.templated() ? null : withBody(head, cfg.body(0, conn));
            boolean show = cfg.show && conn == 0;
            long backoffUntil = 0;
            while (true) {
                long now = System.nanoTime();
                if (now >= measureTo) {
                    break;
                }
                if (now < backoffUntil) {
                    sleepQuietly(1);
                    continue;
                }
                try {
                    if (socket == null) {
                        connect();
                    }
                    byte[] request = fixed != null ? fixed : withBody(head, cfg.body(cfg.counter.getAndIncrement(), conn));
                    long start = System.nanoTime();
                    out.write(request);
                    int status = in.response(show ? new ByteArrayOutputStream() : null, show);
                    show = false;
                    long end = System.nanoTime();
                    if (end >= measureFrom && end < measureTo) {
                        measured++;
                        statuses[Math.min(status, 599)]++;
                        histogram.record(end - start);
                    }
                    if (in.close) {
                        closeQuietly();
                    }
                } catch (IOException e) {
                    long end = System.nanoTime();
                    if (end >= measureFrom && end < measureTo) {
                        if (e instanceof SocketTimeoutException) {
                            timeouts++;
                        } else {
                            ioErrors++;
                        }
                    }
                    closeQuietly();
                    backoffUntil = System.nanoTime() + 1_000_000;
                }
            }
            closeQuietly();
        }

        void connect() throws IOException {
            Socket s = new Socket();
            s.setTcpNoDelay(true);
            s.setSoTimeout(cfg.timeoutMs);
            s.connect(new InetSocketAddress(cfg.host, cfg.port), cfg.timeoutMs);
            socket = s;
            out = s.getOutputStream();
            in = new Reader(s.getInputStream());
        }

        void closeQuietly() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a broken connection
                }
            }
            socket = null;
        }

        static byte[] withBody(byte[] head, byte[] body) {
            return concat(head, ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), body);
        }

        static byte[] concat(byte[] a, byte[] b, byte[] c) {
            byte[] r = new byte[a.length + b.length + c.length];
            System.arraycopy(a, 0, r, 0, a.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            System.arraycopy(c, 0, r, a.length + b.length, c.length);
            return r;
        }

        static void sleepQuietly(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Reads HTTP/1.x responses from a buffer without allocating per response. */
    static final class Reader {
        final InputStream in;
        final byte[] buf = new byte[64 * 1024];
        int pos;
        int lim;
        boolean close;

        Reader(InputStream in) {
            this.in = in;
        }

        /** Reads one whole response and returns its status; sets {@link #close} when the server ends the connection. */
        int response(ByteArrayOutputStream shown, boolean show) throws IOException {
            int e = line();
            if (e - pos < 12 || buf[pos] != 'H' || buf[pos + 4] != '/') {
                throw new IOException("not an HTTP status line");
            }
            boolean http10 = buf[pos + 7] == '0';
            int status = (buf[pos + 9] - '0') * 100 + (buf[pos + 10] - '0') * 10 + (buf[pos + 11] - '0');
            if (show) {
                System.out.println("--- first response:\n" + new String(buf, pos, e - pos, StandardCharsets.ISO_8859_1));
            }
            pos = e + 2;
            long length = -1;
            boolean chunked = false;
            boolean keepAlive = false;
            close = http10;
            while (true) {
                e = line();
                if (e == pos) {
                    pos += 2;
                    break;
                }
                if (show) {
                    System.out.println(new String(buf, pos, e - pos, StandardCharsets.ISO_8859_1));
                }
                int colon = pos;
                while (colon < e && buf[colon] != ':') {
                    colon++;
                }
                int v = colon + 1;
                while (v < e && buf[v] == ' ') {
                    v++;
                }
                if (is("content-length", pos, colon)) {
                    length = 0;
                    for (int i = v; i < e && buf[i] >= '0' && buf[i] <= '9'; i++) {
                        length = length * 10 + (buf[i] - '0');
                    }
                } else if (is("transfer-encoding", pos, colon)) {
                    chunked = contains("chunked", v, e);
                } else if (is("connection", pos, colon)) {
                    if (contains("close", v, e)) {
                        close = true;
                    } else if (contains("keep-alive", v, e)) {
                        keepAlive = true;
                    }
                }
                pos = e + 2;
            }
            if (http10 && keepAlive) {
                close = false;
            }
            if (status == 204 || status == 304 || status < 200) {
                // no body
            } else if (chunked) {
                while (true) {
                    e = line();
                    long size = 0;
                    for (int i = pos; i < e; i++) {
                        int d = Character.digit(buf[i], 16);
                        if (d < 0) {
                            break;
                        }
                        size = size * 16 + d;
                    }
                    pos = e + 2;
                    if (size == 0) {
                        while ((e = line()) != pos) {
                            pos = e + 2;
                        }
                        pos += 2;
                        break;
                    }
                    skip(size, shown);
                    e = line();
                    pos = e + 2;
                }
            } else if (length >= 0) {
                skip(length, shown);
            } else {
                skip(Long.MAX_VALUE, shown); // until the server closes
                close = true;
            }
            if (show) {
                byte[] b = shown.toByteArray();
                System.out.println("\n" + new String(b, 0, Math.min(b.length, 2048), StandardCharsets.UTF_8)
                        + (b.length > 2048 ? "... (" + b.length + " bytes)" : "") + "\n---");
            }
            return status;
        }

        boolean is(String lowerName, int from, int to) {
            if (to - from != lowerName.length()) {
                return false;
            }
            for (int i = 0; i < lowerName.length(); i++) {
                if ((buf[from + i] | 0x20) != lowerName.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        boolean contains(String lower, int from, int to) {
            outer:
            for (int i = from; i + lower.length() <= to; i++) {
                for (int j = 0; j < lower.length(); j++) {
                    if ((buf[i + j] | 0x20) != lower.charAt(j)) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }

        /** The index of the CR ending the line that starts at {@link #pos}, reading more as needed. */
        int line() throws IOException {
            int i = pos;
            while (true) {
                while (i + 1 < lim) {
                    if (buf[i] == '\r' && buf[i + 1] == '\n') {
                        return i;
                    }
                    i++;
                }
                int shift = pos;
                fill();
                i -= shift;
            }
        }

        void fill() throws IOException {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, lim - pos);
                lim -= pos;
                pos = 0;
            }
            if (lim == buf.length) {
                throw new IOException("a response header line longer than " + buf.length + " bytes");
            }
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                throw new EOFException("the server closed the connection");
            }
            lim += n;
        }

        void skip(long n, ByteArrayOutputStream shown) throws IOException {
            while (n > 0) {
                if (pos == lim) {
                    pos = 0;
                    lim = 0;
                    int r = in.read(buf, 0, buf.length);
                    if (r < 0) {
                        if (n == Long.MAX_VALUE) {
                            return;
                        }
                        throw new EOFException("the server closed the connection inside a body");
                    }
                    lim = r;
                }
                int k = (int) Math.min(n, lim - pos);
                if (shown != null) {
                    shown.write(buf, pos, k);
                }
                pos += k;
                if (n != Long.MAX_VALUE) {
                    n -= k;
                }
            }
        }
    }

    /**
     * Log-linear histogram of nanoseconds: exact below 256 ns, then 128 sub-buckets per power of
     * two, so every value is known within 1/128 (0.8%).
     */
    static final class Histogram {
        static final int SUB_BITS = 7;
        static final int SUB = 1 << SUB_BITS;
        final long[] counts = new long[2 * SUB + 57 * SUB];
        long count;
        long sum;
        long max;

        void record(long nanos) {
            long v = Math.max(0, nanos);
            counts[index(v)]++;
            count++;
            sum += v;
            if (v > max) {
                max = v;
            }
        }

        static int index(long v) {
            if (v < 2 * SUB) {
                return (int) v;
            }
            int e = 63 - Long.numberOfLeadingZeros(v) - SUB_BITS;
            return 2 * SUB + (e - 1) * SUB + (int) ((v >>> e) - SUB);
        }

        /** The highest value bucket {@code i} holds. */
        static long upper(int i) {
            if (i < 2 * SUB) {
                return i;
            }
            int e = (i - 2 * SUB) / SUB + 1;
            long m = (i - 2 * SUB) % SUB + SUB;
            return ((m + 1) << e) - 1;
        }

        void add(Histogram o) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += o.counts[i];
            }
            count += o.count;
            sum += o.sum;
            max = Math.max(max, o.max);
        }

        double percentileMs(double p) {
            if (count == 0) {
                return Double.NaN;
            }
            long rank = Math.max(1, (long) Math.ceil(p / 100.0 * count));
            long seen = 0;
            for (int i = 0; i < counts.length; i++) {
                seen += counts[i];
                if (seen >= rank) {
                    return Math.min(upper(i), max) / 1e6;
                }
            }
            return max / 1e6;
        }

        double maxMs() {
            return count == 0 ? Double.NaN : max / 1e6;
        }

        double meanMs() {
            return count == 0 ? Double.NaN : sum / 1e6 / count;
        }
    }
}
