package ua.opendata.core.faults;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
            Http1.Request req = Http1.readRequest(in, out);
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
            Http1.Response resp = Http1.forward(upstream, req);
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
                throw new IllegalStateException("FaultProxy: " + pending.get() + " requests still in work after "
                        + max);
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
    private void refuse(Socket client, OutputStream out, Fault fault, Http1.Request req) throws IOException {
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
    private void answer(Socket client, OutputStream out, @Nullable Fault fault, Http1.Response r) throws IOException {
        byte[] head = Http1.head(r.statusLine(), r.headers(), r.body().length);
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
        out.write(Http1.head("HTTP/1.1 " + status + " " + reason, headers, body.length));
        out.write(body);
        out.flush();
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
