package ua.opendata.cli;

import java.io.PrintStream;

/**
 * Progress of long work on standard error: a bar redrawn in place on a terminal, plain lines (every
 * tenth of the work, or every 1,000 items when the total is unknown) otherwise, so logs stay readable.
 */
final class Progress {
    private static final int WIDTH = 30;
    private static final long PLAIN_STEP_UNKNOWN_TOTAL = 1000;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final boolean bar;
    private final String label;
    private final Texts texts;
    private long total;
    private long lastPlainMark = -1;
    private long lastDraw;
    private boolean drawn;

    Progress(PrintStream err, boolean bar, Texts texts, String label, long total) {
        this.err = err;
        this.bar = bar;
        this.texts = texts;
        this.label = label;
        this.total = Math.max(0, total);
    }

    /** Reports {@code done} items finished. */
    void update(long done) {
        if (total > 0 && done > total) {
            total = done;
        }
        if (bar) {
            long now = System.nanoTime();
            if (drawn && now - lastDraw < REDRAW_NANOS) {
                return;
            }
            lastDraw = now;
            drawn = true;
            err.print("\r" + barLine(done));
            err.flush();
            return;
        }
        long mark = total > 0 ? done * 10 / total : done / PLAIN_STEP_UNKNOWN_TOTAL;
        if (mark != lastPlainMark && done > 0) {
            lastPlainMark = mark;
            err.println(plainLine(done));
        }
    }

    /** Reports the end of the work. */
    void finish(long done) {
        if (bar) {
            total = Math.max(total, done);
            err.print("\r" + barLine(done) + System.lineSeparator());
            err.flush();
        } else if (total > 0 ? done * 10 / total != lastPlainMark || done == 0 : done % PLAIN_STEP_UNKNOWN_TOTAL != 0
                || done == 0) {
            err.println(plainLine(done));
        }
    }

    String barLine(long done) {
        StringBuilder b = new StringBuilder(label).append(" [");
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, done * WIDTH / total);
            b.append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ")
                    .append(String.format(java.util.Locale.ROOT, "%3d %%", done * 100 / total)).append(' ')
                    .append(done).append('/').append(total);
        } else {
            b.append(" ".repeat(WIDTH)).append("] ").append(done);
        }
        return b.toString();
    }

    String plainLine(long done) {
        return total > 0 ? texts.get("progress.ofTotal", label, done, total)
                : texts.get("progress.count", label, done);
    }
}
