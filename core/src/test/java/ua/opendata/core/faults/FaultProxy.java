package ua.opendata.core.faults;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP/1.1 proxy on loopback, written on plain sockets, that stands in front of a server (a {@code
 * FakeCkan}) as if it were the portal and hurts chosen exchanges the way an nginx in front of a real CKAN
 * does (see {@link Fault}): HTML 502 pages, 429/503 with {@code Retry-After}, connection resets before and
 * after the server processed the request, truncated bodies, stalls, answers trickled byte by byte, 413
 * pages and redirects to the login page.
 *
 * <p>Each connection carries one exchange: the request is read whole (a {@code Content-Length} body or a
 * chunked one, as a streamed multipart upload is sent; {@code Expect: 100-continue} is answered), forwarded
 * on a fresh connection with {@code Connection: close}, and the answer is read whole before it is passed on
 * (or not) with {@code Connection: close}, so the client never reuses a connection the proxy hurt. A fault
 * comes from an explicit rule ({@link #inject}) first, else from the seeded {@link FaultSchedule} while one
 * is set ({@link #faultsOn}). Every exchange is recorded ({@link #exchanges()}), with its number, the seed,
 * the fault and what the server answered, and {@link #journal()} lists them to reproduce a failing run.
 *
 * <pre>{@code
 * try (FakeCkan ckan = FakeCkan.start(); FaultProxy proxy = FaultProxy.builder(ckan.baseUrl()).start()) {
 *   proxy.inject("package_create", Fault.RESET_AFTER);
 *   CkanClient client = CkanClient.builder(proxy.baseUrl()).apiKey(ckan.sysadminKey()).build();
 *   ...
 * }
 * }</pre>
 */
public final class FaultProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "transfer-encoding", "content-length", "expect", "host", "te", "trailer", "upgrade");
    private static final int MAX_LINE = 64 * 1024;

    private final URI upstream;
    private final ServerSocket server;
    private final String baseUrl;
    private final ExecutorService pool;
    private final int retryAfterSeconds;
    private final Duration stall;
    private final Duration trickle;
    private final AtomicLong counter = new AtomicLong();
    private final AtomicInteger pending = new AtomicInteger();
    private final ConcurrentLinkedDeque<Rule> rules = new ConcurrentLinkedDeque<>();
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile @Nullable FaultSchedule schedule;

    /**
     * One exchange as the proxy saw it.
     *
     * @param no             its number at the proxy, from 1
     * @param seed           the seed of the schedule in force, or {@code null} when none was
     * @param method         the HTTP method
     * @param target         the request target (path and query)
     * @param action         the CKAN action, or {@code null} outside {@code /api/3/action/}
     * @param fault          the fault injected, or {@code null}
     * @param byRule         whether the fault came from an explicit rule (not the schedule)
     * @param upstreamStatus the server's status when forwarded, else -1
     * @param requestBytes   the size of the request body
     * @param multipart      whether the body was {@code multipart/form-data} (an upload)
     * @param startNanos     when the request was read ({@link System#nanoTime()})
     * @param answerNanos    when the proxy's answer (or the fault) began
     */
    public record Exchange(long no, @Nullable Long seed, String method, String target, @Nullable String action,
                           @Nullable Fault fault, boolean byRule, int upstreamStatus, long requestBytes,
                           boolean multipart, long startNanos, long answerNanos) {

        /**
         * Whether the request reached the server.
         *
         * @return true when forwarded
         */
        public boolean forwarded() {
            return upstreamStatus >= 0;
        }

        /**
         * Whether this was a write the server carried out (a write action answered 200).
         *
         * @return true for a write that landed
         */
        public boolean landedWrite() {
            return upstreamStatus == 200 && isWrite(action);
        }

        @Override
        public String toString() {
            return "#" + no + (seed == null ? "" : " seed=" + seed) + " " + method + " "
                    + (action != null ? action : target) + " fault=" + (fault == null ? "none" : fault
                    + (byRule ? " (rule)" : " (seeded)")) + " upstream=" + (upstreamStatus < 0 ? "not forwarded"
                    : String.valueOf(upstreamStatus)) + " body=" + requestBytes + "B" + (multipart ? " multipart" : "");
        }
    }

    /** An explicit fault for the next requests of an action. */
    private static final class Rule {
        final @Nullable String action;
        final Fault fault;
        int remaining;

        Rule(@Nullable String action, Fault fault, int times) {
            this.action = action;
            this.fault = fault;
            this.remaining = times;
        }
    }

    /** A request read from the client. */
    private record Request(String method, String target, List<String[]> headers, byte[] body) {
        boolean multipart() {
            String type = header(headers, "Content-Type");
            return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
        }
    }

    /** An answer read from the server. */
    private record Response(String statusLine, int status, List<String[]> headers, byte[] body) {
    }

    private FaultProxy(Builder b) throws IOException {
        this.upstream = b.upstream;
        this.retryAfterSeconds = b.retryAfterSeconds;
        this.stall = b.stall;
        this.trickle = b.trickle;
        this.server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        this.baseUrl = "http://127.0.0.1:" + server.getLocalPort();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fault-proxy");
            t.setDaemon(true);
            return t;
        });
        pool.execute(this::acceptLoop);
    }

    /**
     * A builder for a proxy in front of {@code upstreamBaseUrl}.
     *
     * @param upstreamBaseUrl the server's base URL, e.g. {@code http://127.0.0.1:41234}
     * @return a builder
     */
    public static Builder builder(String upstreamBaseUrl) {
        return new Builder(upstreamBaseUrl);
    }

    /**
     * The proxy's base URL: give it to the client as the portal's.
     *
     * @return the base URL
     */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * Injects faults from the schedule from now on (explicit rules still come first).
     *
     * @param value the schedule
     * @return this proxy
     */
    public FaultProxy faultsOn(FaultSchedule value) {
        schedule = Objects.requireNonNull(value, "schedule");
        return this;
    }

    /**
     * Stops the schedule and drops the rules not yet used: every request is forwarded as it is.
     *
     * @return this proxy
     */
    public FaultProxy faultsOff() {
        schedule = null;
        rules.clear();
        return this;
    }

    /**
     * Injects a fault into the next request of an action.
     *
     * @param action the CKAN action, or {@code null} for any request
     * @param fault  the fault
     * @return this proxy
     */
    public FaultProxy inject(@Nullable String action, Fault fault) {
        return inject(action, fault, 1);
    }

    /**
     * Injects a fault into the next {@code times} requests of an action.
     *
     * @param action the CKAN action, or {@code null} for any request
     * @param fault  the fault
     * @param times  how many requests
     * @return this proxy
     */
    public FaultProxy inject(@Nullable String action, Fault fault, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("FaultProxy.inject: times must be at least 1, got " + times);
        }
        rules.add(new Rule(action, Objects.requireNonNull(fault, "fault"), times));
        return this;
    }

    /**
     * The exchanges so far, in the order their fault was decided.
     *
     * @return a snapshot
     */
    public List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /**
     * The exchanges from number {@code afterNo} on (exclusive), matching a condition.
     *
     * @param afterNo the last number not wanted (0 for all)
     * @param filter  the condition
     * @return the matching exchanges
     */
    public List<Exchange> exchanges(long afterNo, Predicate<Exchange> filter) {
        return exchanges.stream().filter(e -> e.no() > afterNo && filter.test(e)).toList();
    }

    /**
     * The number of the last request received (0 before any).
     *
     * @return the number
     */
    public long lastNo() {
        return counter.get();
    }

    /**
     * Every exchange, one per line, with its seed, number, action, fault and the server's status: what a
     * failing test prints so that the run can be reproduced.
     *
     * @return the journal
     */
    public String journal() {
        StringBuilder b = new StringBuilder("fault proxy journal (").append(exchanges.size()).append(" exchanges, ")
                .append(schedule == null ? "no schedule now" : schedule.toString()).append("):\n");
        for (Exchange e : exchanges) {
            b.append("  ").append(e).append('\n');
        }
        return b.toString();
    }

    /**
     * Whether a CKAN action writes (anything but {@code *_show}, {@code *_list}, {@code package_search},
     * {@code status_show} and {@code help_show}); {@code null} (not an action) is not a write.
     *
     * @param action the action, or {@code null}
     * @return true for a write action
     */
    public static boolean isWrite(@Nullable String action) {
        return action != null && !(action.endsWith("_show") || action.endsWith("_list")
                || action.equals("package_search") || action.equals("resource_search")
                || action.equals("group_list") || action.equals("tag_list"));
    }

    /** Stops accepting, resets the connections still open and ends the proxy's threads. */
    @Override
    public void close() {
        closed.countDown();
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket s : open) {
            reset(s);
        }
        pool.shutdownNow();
    }

    // ------------------------------------------------------------------ connections

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                open.add(s);
                pool.execute(() -> serve(s));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        boolean counted = false;
        try {
            client.setTcpNoDelay(true);
            client.setSoTimeout(30_000);
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            Request req = readRequest(in, out);
            if (req == null) {
                return;
            }
            pending.incrementAndGet();
            counted = true;
            long start = System.nanoTime();
            long no = counter.incrementAndGet();
            String action = action(req.target());
            FaultSchedule s = schedule;
            Fault fault = ruleFor(action);
            boolean byRule = fault != null;
            if (fault == null && s != null) {
                fault = s.pick(no, action);
            }
            Long seed = s == null ? null : s.seed();
            if (fault != null && !fault.forwards()) {
                exchanges.add(new Exchange(no, seed, req.method(), req.target(), action, fault, byRule, -1,
                        req.body().length, req.multipart(), start, System.nanoTime()));
                counted = release(counted);
                refuse(client, out, fault, req);
                return;
            }
            Response resp = forward(req);
            exchanges.add(new Exchange(no, seed, req.method(), req.target(), action, fault, byRule, resp.status(),
                    req.body().length, req.multipart(), start, System.nanoTime()));
            counted = release(counted);
            answer(client, out, fault, resp);
        } catch (IOException e) {
            // the client went away, or the fault ended the connection
        } finally {
            release(counted);
            open.remove(client);
            try {
                client.close();
            } catch (IOException e) {
                // gone
            }
        }
    }

    private boolean release(boolean counted) {
        if (counted) {
            pending.decrementAndGet();
        }
        return false;
    }

    /**
     * Waits until every request received has been recorded (forwarded ones answered by the server), so that
     * {@link #exchanges()} holds every write that can still land.
     *
     * @param max the longest wait
     * @throws IllegalStateException when requests are still in work after {@code max}
     */
    public void awaitIdle(Duration max) {
        long end = System.nanoTime() + max.toNanos();
        while (pending.get() > 0) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("FaultProxy: " + pending.get() + " requests still in work after " + max);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private synchronized @Nullable Fault ruleFor(@Nullable String action) {
        Iterator<Rule> it = rules.iterator();
        while (it.hasNext()) {
            Rule r = it.next();
            if (r.action == null || r.action.equals(action)) {
                if (--r.remaining <= 0) {
                    it.remove();
                }
                return r.fault;
            }
        }
        return null;
    }

    private static @Nullable String action(String target) {
        String prefix = "/api/3/action/";
        if (!target.startsWith(prefix)) {
            return null;
        }
        String a = target.substring(prefix.length());
        int q = a.indexOf('?');
        return q < 0 ? a : a.substring(0, q);
    }

    /** Answers a fault that is not forwarded. */
    private void refuse(Socket client, OutputStream out, Fault fault, Request req) throws IOException {
        switch (fault) {
            case BAD_GATEWAY_502 -> send(out, 502, "Bad Gateway", List.of(), html("502 Bad Gateway"));
            case TOO_MANY_429 -> send(out, 429, "Too Many Requests",
                    List.<String[]>of(new String[] {"Retry-After", String.valueOf(retryAfterSeconds)}),
                    html("429 Too Many Requests"));
            case UNAVAILABLE_503 -> send(out, 503, "Service Temporarily Unavailable",
                    List.<String[]>of(new String[] {"Retry-After", String.valueOf(retryAfterSeconds)}),
                    html("503 Service Temporarily Unavailable"));
            case PAYLOAD_413 -> send(out, 413, "Request Entity Too Large", List.of(),
                    html("413 Request Entity Too Large"));
            case LOGIN_302 -> send(out, 302, "Found",
                    List.<String[]>of(new String[] {"Location", baseUrl + "/user/login?came_from=" + req.target()}),
                    "<html><body>Redirecting to <a href=\"/user/login\">/user/login</a></body></html>"
                            .getBytes(StandardCharsets.UTF_8));
            case RESET_BEFORE -> reset(client);
            default -> throw new IllegalStateException("not a refusing fault: " + fault);
        }
    }

    /** Passes the server's answer on, hurt by the fault if any. */
    private void answer(Socket client, OutputStream out, @Nullable Fault fault, Response r) throws IOException {
        byte[] head = head(r.statusLine(), r.headers(), r.body().length);
        if (fault == null) {
            out.write(head);
            out.write(r.body());
            out.flush();
            return;
        }
        switch (fault) {
            case RESET_AFTER -> reset(client);
            case TRUNCATED -> {
                out.write(head);
                out.write(r.body(), 0, r.body().length / 2);
                out.flush();
                client.shutdownOutput(); // a clean close, the body short of its Content-Length
            }
            case STALL -> {
                try {
                    if (closed.await(stall.toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                out.write(head);
                out.write(r.body());
                out.flush();
            }
            case TRICKLE -> {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                all.write(head);
                all.write(r.body());
                trickle(out, all.toByteArray());
            }
            default -> throw new IllegalStateException("not a forwarding fault: " + fault);
        }
    }

    /** Sends every byte in a write of its own, with pauses adding up to the trickle time. */
    private void trickle(OutputStream out, byte[] bytes) throws IOException {
        int pauses = Math.max(1, Math.min(bytes.length, 40));
        int every = (bytes.length + pauses - 1) / pauses;
        long pauseMillis = Math.max(1, trickle.toMillis() / pauses);
        for (int i = 0; i < bytes.length; i++) {
            out.write(bytes[i]);
            out.flush();
            if ((i + 1) % every == 0) {
                try {
                    if (closed.await(pauseMillis, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void reset(Socket s) {
        try {
            s.setSoLinger(true, 0); // close() now sends RST instead of FIN
            s.close();
        } catch (IOException e) {
            // already gone
        }
    }

    private static byte[] html(String title) {
        return ("<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void send(OutputStream out, int status, String reason, List<String[]> extra, byte[] body)
            throws IOException {
        List<String[]> headers = new ArrayList<>(extra);
        headers.add(new String[] {"Content-Type", "text/html"});
        headers.add(new String[] {"Server", "nginx"});
        out.write(head("HTTP/1.1 " + status + " " + reason, headers, body.length));
        out.write(body);
        out.flush();
    }

    private static byte[] head(String statusLine, List<String[]> headers, int length) {
        StringBuilder b = new StringBuilder(statusLine).append("\r\n");
        for (String[] h : headers) {
            if (!HOP_BY_HOP.contains(h[0].toLowerCase(Locale.ROOT))) {
                b.append(h[0]).append(": ").append(h[1]).append("\r\n");
            }
        }
        b.append("Content-Length: ").append(length).append("\r\nConnection: close\r\n\r\n");
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    // ------------------------------------------------------------------ HTTP/1.1 on the wire

    private static @Nullable Request readRequest(InputStream in, OutputStream out) throws IOException {
        String line = readLine(in);
        while (line != null && line.isEmpty()) {
            line = readLine(in); // a stray CRLF between requests is allowed
        }
        if (line == null) {
            return null;
        }
        String[] parts = line.split(" ");
        if (parts.length != 3) {
            throw new IOException("not an HTTP request line: " + line);
        }
        List<String[]> headers = readHeaders(in);
        if ("100-continue".equalsIgnoreCase(header(headers, "Expect"))) {
            out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
        return new Request(parts[0], parts[1], headers, readBody(in, headers, false));
    }

    private Response forward(Request req) throws IOException {
        int port = upstream.getPort() < 0 ? 80 : upstream.getPort();
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(upstream.getHost(), port), 5_000);
            s.setSoTimeout(60_000);
            s.setTcpNoDelay(true);
            StringBuilder b = new StringBuilder(req.method()).append(' ').append(req.target()).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(upstream.getHost()).append(':').append(port).append("\r\n");
            for (String[] h : req.headers()) {
                if (!HOP_BY_HOP.contains(h[0].toLowerCase(Locale.ROOT))) {
                    b.append(h[0]).append(": ").append(h[1]).append("\r\n");
                }
            }
            if (req.body().length > 0 || "POST".equals(req.method()) || "PUT".equals(req.method())) {
                b.append("Content-Length: ").append(req.body().length).append("\r\n");
            }
            b.append("Connection: close\r\n\r\n");
            OutputStream o = s.getOutputStream();
            o.write(b.toString().getBytes(StandardCharsets.ISO_8859_1));
            o.write(req.body());
            o.flush();
            InputStream i = new BufferedInputStream(s.getInputStream());
            while (true) {
                String statusLine = readLine(i);
                if (statusLine == null) {
                    throw new IOException("the server closed the connection without an answer");
                }
                String[] p = statusLine.split(" ", 3);
                int status = Integer.parseInt(p[1]);
                List<String[]> headers = readHeaders(i);
                if (status >= 100 && status < 200) {
                    continue;
                }
                boolean noBody = "HEAD".equals(req.method()) || status == 204 || status == 304;
                byte[] body = noBody ? new byte[0] : readBody(i, headers, true);
                return new Response(statusLine, status, headers, body);
            }
        }
    }

    private static List<String[]> readHeaders(InputStream in) throws IOException {
        List<String[]> headers = new ArrayList<>();
        for (String h = readLine(in); h != null && !h.isEmpty(); h = readLine(in)) {
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.add(new String[] {h.substring(0, colon).trim(), h.substring(colon + 1).trim()});
            }
        }
        return headers;
    }

    private static byte[] readBody(InputStream in, List<String[]> headers, boolean toEof) throws IOException {
        String te = header(headers, "Transfer-Encoding");
        if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = readLine(in);
                if (size == null) {
                    throw new IOException("the chunked body ended early");
                }
                int semi = size.indexOf(';');
                int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                if (n == 0) {
                    readHeaders(in); // trailers
                    return body.toByteArray();
                }
                body.write(readExactly(in, n));
                readLine(in); // the CRLF after the chunk
            }
        }
        String length = header(headers, "Content-Length");
        if (length != null) {
            return readExactly(in, Integer.parseInt(length.trim()));
        }
        return toEof ? in.readAllBytes() : new byte[0];
    }

    private static byte[] readExactly(InputStream in, int n) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new IOException("the body ended after " + b.length + " of " + n + " bytes");
        }
        return b;
    }

    private static @Nullable String header(List<String[]> headers, String name) {
        for (String[] h : headers) {
            if (h[0].equalsIgnoreCase(name)) {
                return h[1];
            }
        }
        return null;
    }

    /** A line without its CRLF, or {@code null} at the end of the stream before any byte. */
    private static @Nullable String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                byte[] bytes = b.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            }
            if (b.size() >= MAX_LINE) {
                throw new IOException("a header line longer than " + MAX_LINE + " bytes");
            }
            b.write(c);
        }
        if (b.size() == 0) {
            return null;
        }
        throw new SocketException("the connection ended inside a line");
    }

    /** Builds a {@link FaultProxy}. */
    public static final class Builder {
        private final URI upstream;
        private int retryAfterSeconds = 1;
        private Duration stall = Duration.ofSeconds(2);
        private Duration trickle = Duration.ofMillis(300);

        private Builder(String upstreamBaseUrl) {
            URI u = URI.create(Objects.requireNonNull(upstreamBaseUrl, "upstreamBaseUrl"));
            if (!"http".equals(u.getScheme()) || u.getHost() == null) {
                throw new IllegalArgumentException("FaultProxy: the upstream must be http://host:port, got "
                        + upstreamBaseUrl);
            }
            this.upstream = u;
        }

        /**
         * The {@code Retry-After} of 429 and 503 answers, in seconds (default 1).
         *
         * @param value the seconds, zero or more
         * @return this builder
         */
        public Builder retryAfterSeconds(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("FaultProxy.retryAfterSeconds must be >= 0, got " + value);
            }
            retryAfterSeconds = value;
            return this;
        }

        /**
         * How long a {@link Fault#STALL} holds the answer back (default 2 s); make it longer than the
         * client's response timeout.
         *
         * @param value the time
         * @return this builder
         */
        public Builder stall(Duration value) {
            stall = Objects.requireNonNull(value, "stall");
            return this;
        }

        /**
         * How long a {@link Fault#TRICKLE}d answer takes in all (default 300 ms), in about 40 pauses; keep
         * each pause shorter than the client's response timeout.
         *
         * @param value the time
         * @return this builder
         */
        public Builder trickle(Duration value) {
            trickle = Objects.requireNonNull(value, "trickle");
            return this;
        }

        /**
         * Starts the proxy on a free loopback port.
         *
         * @return the running proxy
         * @throws java.io.UncheckedIOException when no port can be opened
         */
        public FaultProxy start() {
            try {
                return new FaultProxy(this);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
