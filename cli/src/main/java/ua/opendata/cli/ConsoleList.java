package ua.opendata.cli;

import java.util.List;

/**
 * Keeps the console readable whatever the input's size: listings stop after {@link #MAX_LINES} lines
 * and lists inside a line after a few items, each followed by "… and N more"; a text from the data is
 * cut short. No line is longer than a few hundred characters. The reports hold everything.
 */
final class ConsoleList {
    /** Lines of a listing printed at most. */
    static final int MAX_LINES = 20;
    /** Items of a list inside one line printed at most. */
    static final int MAX_ITEMS = 10;
    /** Characters of one item from the data printed at most. */
    static final int MAX_CHARS = 160;
    /** Characters of one item of a list inside a line printed at most. */
    static final int MAX_ITEM_CHARS = 60;
    /** Characters of a list inside a line after which no further item is added. */
    static final int MAX_LIST_CHARS = 200;

    private ConsoleList() {
    }

    /** {@code text} cut at {@link #MAX_CHARS} characters (never inside a surrogate pair), with "…" when cut. */
    static String clip(String text) {
        return clip(text, MAX_CHARS);
    }

    private static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /**
     * The items joined with "; ": at most {@link #MAX_ITEMS}, each cut at {@link #MAX_ITEM_CHARS}, no more
     * once the list is {@link #MAX_LIST_CHARS} long, then "… and N more".
     */
    static String joined(List<String> items, Texts t) {
        StringBuilder b = new StringBuilder();
        int shown = 0;
        while (shown < Math.min(items.size(), MAX_ITEMS) && (shown == 0 || b.length() < MAX_LIST_CHARS)) {
            b.append(shown == 0 ? "" : "; ").append(clip(items.get(shown), MAX_ITEM_CHARS));
            shown++;
        }
        if (items.size() > shown) {
            b.append("; ").append(t.get("console.more", items.size() - shown));
        }
        return b.toString();
    }

    /** The line that ends a listing cut after {@link #MAX_LINES} lines: "… and N more (see report.html)". */
    static String more(int n, boolean inReport, Texts t) {
        return t.get(inReport ? "console.more.report" : "console.more", n);
    }
}
