package ua.opendata.core.probe;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * A response body read at most {@code limit + 1} bytes (the extra byte tells that there is more)
 * and until a deadline, counting what it reads. Beyond the limit it reports the end of the stream.
 */
final class BoundedBody extends FilterInputStream {

    private final long limit;
    private final long deadlineNanos;
    private long count;

    /**
     * @param in            the body
     * @param limit         the most bytes wanted
     * @param deadlineNanos the {@link System#nanoTime()} after which a read fails with a timeout
     */
    public BoundedBody(InputStream in, long limit, long deadlineNanos) {
        super(in);
        this.limit = limit;
        this.deadlineNanos = deadlineNanos;
    }

    /** The bytes read so far. */
    public long count() {
        return count;
    }

    /** Whether more than the limit was seen. */
    public boolean overLimit() {
        return count > limit;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (count > limit) {
            return -1;
        }
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new InterruptedIOException("the whole download took longer than allowed");
        }
        int n = super.read(b, off, (int) Math.min(len, limit + 1 - count));
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buf = new byte[(int) Math.min(8192, Math.max(1, n))];
        long done = 0;
        while (done < n) {
            int r = read(buf, 0, (int) Math.min(buf.length, n - done));
            if (r < 0) {
                break;
            }
            done += r;
        }
        return done;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
