package ua.opendata.passport.io;

import java.util.Arrays;

/** The last few distinct short values of one column of {@link CsvTokenizer}; switched off when the column hardly repeats. */
final class ColumnCache {
    private static final int WAYS = 8;
    private static final int TRIAL = 64;

    private final byte[][] keys = new byte[WAYS][];
    private final String[] values = new String[WAYS];
    private int size;
    private int next;
    private int lookups;
    private int hits;
    private boolean off;

    /** Whether the column hardly repeats and the cache is no longer used. */
    boolean isOff() {
        return off;
    }

    @org.jspecify.annotations.Nullable String find(byte[] b, int off, int len) {
        for (int k = 0; k < size; k++) {
            byte[] key = keys[k];
            if (key.length == len && Arrays.equals(key, 0, len, b, off, off + len)) {
                lookups++;
                hits++;
                return values[k];
            }
        }
        miss();
        return null;
    }

    void miss() {
        lookups++;
        if (lookups == TRIAL && hits * 4 < lookups) {
            this.off = true;
        }
    }

    void add(byte[] b, int off, int len, String value) {
        keys[next] = Arrays.copyOfRange(b, off, off + len);
        values[next] = value;
        next = (next + 1) % WAYS;
        size = Math.max(size, next == 0 ? WAYS : next);
    }
}
