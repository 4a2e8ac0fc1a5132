package ua.opendata.ckan.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Not for public use. Keeps the bytes read through it from a movable mark on, so that a streaming
 * parser's token offsets can be turned back into the bytes as received. Memory: the bytes from
 * the mark to what was read (one result object plus the parser's read-ahead).
 */
final class RecordingInputStream extends FilterInputStream {
    private byte[] buf = new byte[64 * 1024];
    private long base; // the stream offset of buf[0]
    private int len; // bytes held in buf
    private long keepFrom; // bytes before this offset may be dropped

    RecordingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            room(1);
            buf[len++] = (byte) b;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int n) throws IOException {
        int r = in.read(b, off, n);
        if (r > 0) {
            room(r);
            System.arraycopy(b, off, buf, len, r);
            len += r;
        }
        return r;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] tmp = new byte[(int) Math.min(n, 8192)];
        int r = read(tmp, 0, tmp.length);
        return Math.max(r, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // not supported
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    /**
     * Lets the bytes before an offset go.
     *
     * @param offset a stream offset
     */
    void keepFrom(long offset) {
        keepFrom = Math.max(keepFrom, offset);
    }

    /**
     * The bytes between two stream offsets, which must lie at or after the last {@link
     * #keepFrom(long)} and within what was read.
     *
     * @param from the first offset
     * @param to the offset after the last byte
     * @return a copy of the bytes, or null when they are no longer (or not yet) held
     */
    byte[] slice(long from, long to) {
        if (from < base || to > base + len || from > to) {
            return null;
        }
        return Arrays.copyOfRange(buf, (int) (from - base), (int) (to - base));
    }

    private void room(int n) {
        if (len + n <= buf.length) {
            return;
        }
        int drop = (int) Math.min(Math.max(keepFrom - base, 0), len);
        if (drop > 0) {
            System.arraycopy(buf, drop, buf, 0, len - drop);
            len -= drop;
            base += drop;
        }
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }
}
