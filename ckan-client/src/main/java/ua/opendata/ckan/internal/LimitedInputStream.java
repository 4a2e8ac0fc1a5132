package ua.opendata.ckan.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Not for public use. Fails once more than a given number of bytes has been read. */
public final class LimitedInputStream extends FilterInputStream {
    /** Thrown when the limit is passed. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("body over the size limit");
        }
    }

    private final long limit;
    private long count;

    /**
     * Wraps a stream.
     *
     * @param in the stream
     * @param limit the most bytes that may be read
     */
    public LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    private void add(long n) throws TooLargeException {
        if (n > 0) {
            count += n;
            if (count > limit) {
                throw new TooLargeException();
            }
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        add(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        add(s);
        return s;
    }
}
