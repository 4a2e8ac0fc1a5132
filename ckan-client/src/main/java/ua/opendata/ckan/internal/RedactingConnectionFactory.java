package ua.opendata.ckan.internal;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.http.message.RequestLine;
import org.apache.hc.core5.http.message.StatusLine;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Identifiable;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not for public use. Creates HttpClient connections whose header and wire logs never show the
 * API key.
 *
 * <p>HttpClient 5 logs every request header to {@code org.apache.hc.client5.http.headers} (in
 * {@code DefaultManagedHttpClientConnection.onRequestSubmitted}) and every byte on the socket to
 * {@code org.apache.hc.client5.http.wire} (through {@code LoggingSocketHolder}, chosen in {@code
 * bind} when that logger is at DEBUG). These connections replace both: the same loggers, the same
 * format ({@code id >> "line[\r][\n]"}, {@code id >> Header: value}), but the key headers' values
 * are written as {@code ***} and every occurrence of the key (raw or URL-encoded) in the bytes is
 * replaced by {@code ***} before a line is logged. Wire bytes are logged line by line (a line is
 * logged when it ends, when 4 KiB have gathered, or when the stream is flushed or ends); a key cut
 * by the 4 KiB boundary is caught because the last bytes are carried over. The socket, TLS and
 * the bytes sent are untouched.
 */
public final class RedactingConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {
    private static final Logger HEADER_LOG = LoggerFactory.getLogger("org.apache.hc.client5.http.headers");
    private static final Logger WIRE_LOG = LoggerFactory.getLogger("org.apache.hc.client5.http.wire");
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final int LINE_MAX = 4096;
    private static final byte[] MASK = "***".getBytes(StandardCharsets.US_ASCII);

    private final List<byte[]> secrets;
    private final List<String> secretTexts;
    private final List<String> keyHeaders;

    /**
     * Creates the factory.
     *
     * @param apiKey the key to keep out of the logs, or null
     * @param keyHeaders the headers that carry it (logged as {@code ***} whatever their value)
     */
    public RedactingConnectionFactory(@Nullable String apiKey, List<String> keyHeaders) {
        List<String> texts = new ArrayList<>();
        if (apiKey != null && !apiKey.isEmpty()) {
            texts.add(apiKey);
            String encoded = URLEncoder.encode(apiKey, StandardCharsets.UTF_8);
            if (!encoded.equals(apiKey)) {
                texts.add(encoded);
            }
        }
        this.secretTexts = List.copyOf(texts);
        this.secrets = texts.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
        this.keyHeaders = keyHeaders.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public ManagedHttpClientConnection createConnection(@Nullable Socket socket) throws IOException {
        Connection c = new Connection("http-outgoing-ckan-" + COUNTER.getAndIncrement());
        if (socket != null) {
            c.bind(socket);
        }
        return c;
    }

    private String redact(String text) {
        String s = text;
        for (String secret : secretTexts) {
            s = s.replace(secret, "***");
        }
        return s;
    }

    private String header(Header h) {
        boolean key = keyHeaders.contains(h.getName().toLowerCase(Locale.ROOT));
        return h.getName() + ": " + (key ? "***" : redact(String.valueOf(h.getValue())));
    }

    /**
     * A connection logging redacted headers and wire bytes. It extends HttpCore's connection, not
     * HttpClient's {@code DefaultManagedHttpClientConnection}: that class is package-private and final
     * in HttpClient 5.5 (the version Spring Boot 3.5 manages), so the pooling client's part of it
     * (identity, closing once, the idle socket timeout) is done here.
     */
    private final class Connection extends DefaultBHttpClientConnection
            implements ManagedHttpClientConnection, Identifiable {
        private final String id;
        private final AtomicBoolean closed = new AtomicBoolean();
        /** The socket timeout while leased, restored by {@link #activate()}. */
        private volatile Timeout activeTimeout = Timeout.DISABLED;

        Connection(String id) {
            super(Http1Config.DEFAULT);
            this.id = id;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public void bind(Socket socket) throws IOException {
            bindHolder(WIRE_LOG.isDebugEnabled() ? new Holder(socket, id) : new SocketHolder(socket));
        }

        @Override
        public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
            bindHolder(WIRE_LOG.isDebugEnabled() ? new Holder(sslSocket, socket, id)
                    : new SocketHolder(sslSocket, socket));
        }

        /** Binds the socket unless the connection was closed meanwhile (then the socket is closed too). */
        private void bindHolder(SocketHolder holder) throws IOException {
            if (closed.get()) {
                holder.getSocket().close();
                throw new InterruptedIOException("Connection " + id + " is already closed");
            }
            bind(holder);
            activeTimeout = Timeout.ofMilliseconds(holder.getSocket().getSoTimeout());
        }

        @Override
        public @Nullable Socket getSocket() {
            SocketHolder holder = getSocketHolder();
            return holder == null ? null : holder.getSocket();
        }

        @Override
        public void setSocketTimeout(Timeout timeout) {
            super.setSocketTimeout(timeout);
            activeTimeout = timeout;
        }

        /** Idle in the pool: no read timeout. */
        @Override
        public void passivate() {
            super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
        }

        /** Leased again: the timeout it had. */
        @Override
        public void activate() {
            super.setSocketTimeout(activeTimeout);
        }

        @Override
        public void close() throws IOException {
            if (closed.compareAndSet(false, true)) {
                super.close();
            }
        }

        @Override
        public void close(CloseMode mode) {
            if (closed.compareAndSet(false, true)) {
                super.close(mode);
            }
        }

        @Override
        protected void onRequestSubmitted(ClassicHttpRequest request) {
            if (request != null && HEADER_LOG.isDebugEnabled()) {
                HEADER_LOG.debug("{} >> {}", id, redact(new RequestLine(request).toString()));
                for (Header h : request.getHeaders()) {
                    HEADER_LOG.debug("{} >> {}", id, header(h));
                }
            }
        }

        @Override
        protected void onResponseReceived(ClassicHttpResponse response) {
            if (response != null && HEADER_LOG.isDebugEnabled()) {
                HEADER_LOG.debug("{} << {}", id, new StatusLine(response));
                for (Header h : response.getHeaders()) {
                    HEADER_LOG.debug("{} << {}", id, header(h));
                }
            }
        }
    }

    /** Wraps the socket's streams with redacting wire logs. */
    private final class Holder extends SocketHolder {
        private final String id;

        Holder(Socket socket, String id) {
            super(socket);
            this.id = id;
        }

        Holder(SSLSocket sslSocket, Socket socket, String id) {
            super(sslSocket, socket);
            this.id = id;
        }

        @Override
        protected InputStream getInputStream(Socket socket) throws IOException {
            Wire wire = new Wire(id + " <<");
            return new FilterInputStream(super.getInputStream(socket)) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b < 0) {
                        wire.flush();
                    } else {
                        wire.add(new byte[] {(byte) b}, 0, 1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n < 0) {
                        wire.flush();
                    } else {
                        wire.add(b, off, n);
                    }
                    return n;
                }

                @Override
                public void close() throws IOException {
                    wire.flush();
                    super.close();
                }
            };
        }

        @Override
        protected OutputStream getOutputStream(Socket socket) throws IOException {
            Wire wire = new Wire(id + " >>");
            return new FilterOutputStream(super.getOutputStream(socket)) {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    wire.add(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    wire.add(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    wire.flush();
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    wire.flush();
                    out.close();
                }
            };
        }
    }

    /** Gathers the bytes of one direction into lines, redacts them and logs them. */
    private final class Wire {
        private final String prefix;
        private byte[] pending = new byte[256];
        private int size;

        Wire(String prefix) {
            this.prefix = prefix;
        }

        synchronized void add(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (size == pending.length) {
                    pending = java.util.Arrays.copyOf(pending, size * 2);
                }
                pending[size++] = b[i];
                if (b[i] == '\n') {
                    emit(false);
                } else if (size >= LINE_MAX) {
                    emit(true);
                }
            }
        }

        synchronized void flush() {
            emit(false);
        }

        /** Logs the pending bytes, redacted; with carry, keeps the tail a key could start in. */
        private void emit(boolean carry) {
            if (size == 0) {
                return;
            }
            byte[] text = redactBytes(java.util.Arrays.copyOf(pending, size));
            int keep = 0;
            if (carry) {
                for (byte[] s : secrets) {
                    keep = Math.max(keep, s.length - 1);
                }
                keep = Math.min(keep, text.length);
            }
            int n = text.length - keep;
            if (n > 0) {
                WIRE_LOG.debug("{} \"{}\"", prefix, render(text, n));
            }
            pending = java.util.Arrays.copyOfRange(text, n, Math.max(text.length, n + 256));
            size = keep;
        }
    }

    private byte[] redactBytes(byte[] in) {
        byte[] out = in;
        for (byte[] s : secrets) {
            out = replace(out, s);
        }
        return out;
    }

    private static byte[] replace(byte[] in, byte[] secret) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(in.length);
        int i = 0;
        boolean found = false;
        while (i < in.length) {
            if (i + secret.length <= in.length
                    && java.util.Arrays.equals(in, i, i + secret.length, secret, 0, secret.length)) {
                out.writeBytes(MASK);
                i += secret.length;
                found = true;
            } else {
                out.write(in[i++]);
            }
        }
        return found ? out.toByteArray() : in;
    }

    /** As HttpClient's wire log: printable ASCII as is, CR and LF as [\r] [\n], others as [0xNN]. */
    private static String render(byte[] b, int n) {
        StringBuilder s = new StringBuilder(n + 16);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == '\r') {
                s.append("[\\r]");
            } else if (c == '\n') {
                s.append("[\\n]");
            } else if (c < 32 || c > 126) {
                s.append("[0x").append(Integer.toHexString(c)).append(']');
            } else {
                s.append((char) c);
            }
        }
        return s.toString();
    }
}
