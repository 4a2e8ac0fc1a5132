package ua.opendata.passport.io;

/**
 * How a CSV file starts: its byte order mark and its delimiter. Shared by the register reader and
 * core's content checks, which read the bytes each in their own way and ask these the same questions.
 */
public final class CsvStart {

    /** {@link #bomLength} of a UTF-16 byte order mark, which neither reader supports. */
    public static final int UTF16 = -1;

    private CsvStart() {
    }

    /**
     * The length of the UTF-8 byte order mark at the start of {@code b[0, lim)} (3), 0 when there is
     * none, or {@link #UTF16} for a UTF-16 one.
     *
     * @param b the first bytes of the file
     * @param lim how many bytes of {@code b} are filled
     * @return 3, 0 or {@link #UTF16}
     */
    public static int bomLength(byte[] b, int lim) {
        if (lim >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (lim >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            return UTF16;
        }
        return 0;
    }

    /**
     * Chooses the delimiter from the bytes of the first non-empty line: the most frequent of
     * {@code , ; TAB} outside quotes; {@code ,} on a tie. Fed a byte at a time; not thread-safe.
     */
    public static final class DelimiterVote {
        private int commas;
        private int semicolons;
        private int tabs;
        private boolean quoted;
        private boolean content;

        /**
         * Counts one byte; false when the first non-empty line has ended and the vote is decided.
         *
         * @param c the next byte of the file
         * @return {@code true} while more bytes are needed
         */
        public boolean add(byte c) {
            if (c == '"') {
                quoted = !quoted;
                content = true;
            } else if (quoted) {
                return true;
            } else if (c == '\n' || c == '\r') {
                if (content) {
                    return false;
                }
                commas = 0; // an empty line before the header
                semicolons = 0;
                tabs = 0;
            } else if (c == ',') {
                commas++;
            } else if (c == ';') {
                semicolons++;
            } else if (c == '\t') {
                tabs++;
            } else if (c != ' ') {
                content = true;
            }
            return true;
        }

        /** {@return the delimiter the bytes counted so far choose} */
        public byte delimiter() {
            if (semicolons > commas && semicolons >= tabs) {
                return ';';
            }
            if (tabs > commas && tabs > semicolons) {
                return '\t';
            }
            return ',';
        }
    }
}
