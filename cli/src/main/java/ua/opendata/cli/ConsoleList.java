package ua.opendata.cli;

import java.util.List;

/**
 * Keeps the console readable whatever the input's size: listings stop after {@link #MAX_LINES} lines
 * and lists inside a line after {@link #MAX_ITEMS} items, each followed by "… and N more"; an item from
 * the data is cut at {@link #MAX_CHARS} characters. The reports hold everything.
 */
final class ConsoleList {
    /** Lines of a listing printed at most. */
    static final int MAX_LINES = 20;
    /** Items of a list inside one line printed at most. */
    static final int MAX_ITEMS = 10;
    /** Characters of one item from the data printed at most. */
    static final int MAX_CHARS = 160;

    private ConsoleList() {
    }

    /** {@code text} cut at {@link #MAX_CHARS} characters (never inside a surrogate pair), with "…" when cut. */
    static String clip(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** The items joined with "; ", at most {@link #MAX_ITEMS}, each clipped, then "… and N more". */
    static String joined(List<String> items, Texts t) {
        StringBuilder b = new StringBuilder();
        int shown = Math.min(items.size(), MAX_ITEMS);
        for (int i = 0; i < shown; i++) {
            b.append(i == 0 ? "" : "; ").append(clip(items.get(i)));
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
