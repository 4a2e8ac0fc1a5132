package ua.opendata.core.faults;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * HTTP/1.1 on plain sockets for the {@link FaultProxy}: reads a request whole (a {@code Content-Length} or
 * chunked body, {@code Expect: 100-continue} answered), forwards it on a fresh connection with {@code
 * Connection: close} and reads the answer whole, and writes status lines and headers with a {@code
 * Content-Length} and {@code Connection: close}. Hop-by-hop headers are dropped on the way.
 */
final class Http1 {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "transfer-encoding", "content-length", "expect", "host", "te", "trailer", "upgrade");
    private static final int MAX_LINE = 64 * 1024;

    private Http1() {
    }

    /** A request read from the client. */
    record Request(String method, String target, List<String[]> headers, byte[] body) {
        boolean multipart() {
            String type = header(headers, "Content-Type");
            return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
        }
    }

    /** An answer read from the server. */
    record Response(String statusLine, int status, List<String[]> headers, byte[] body) {
    }

    /**
     * A status line and headers (hop-by-hop ones dropped), with {@code Content-Length} and {@code Connection:
     * close}.
     */
    static byte[] head(String statusLine, List<String[]> headers, int length) {
        StringBuilder b = new StringBuilder(statusLine).append("\r\n");
        for (String[] h : headers) {
            if (!HOP_BY_HOP.contains(h[0].toLowerCase(Locale.ROOT))) {
                b.append(h[0]).append(": ").append(h[1]).append("\r\n");
            }
        }
        b.append("Content-Length: ").append(length).append("\r\nConnection: close\r\n\r\n");
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Reads one request whole; {@code null} when the connection ended before one began. */
    static @Nullable Request readRequest(InputStream in, OutputStream out) throws IOException {
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

    /** Sends the request to the server on a fresh connection and reads its answer whole. */
    static Response forward(URI upstream, Request req) throws IOException {
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
}
