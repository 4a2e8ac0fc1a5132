package ua.opendata.passport.internal.annex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns the rows of the by-holder transcription ({@code transcription,holder_uk,position,kind,text_uk})
 * into sections of positions for one transcription, repairing the transcription's artefacts and
 * recording each repair: a heading that ends with a colon followed by rows that open with a quote
 * is one position per quoted row (the heading is prefixed), a trailing {@code ;} is trimmed.
 * Positions are renumbered 1..n within a holder's section in file order.
 */
public final class ByHolderLoader {

    /** The header of the by-holder CSV. */
    public static final List<String> HEADER = List.of("transcription", "holder_uk", "position", "kind", "text_uk");

    /** One position as loaded. */
    public record Position(String holder, int position, String text, int line) {
    }

    /** An editorial note of the official text, after the given position (0: before the first). */
    public record Editorial(String holder, int afterPosition, String text, int line) {
    }

    /**
     * A repair made while loading.
     *
     * @param kind   {@code MERGED_SPLIT_ROWS}, {@code TRIMMED_TRAILING_SEMICOLON}
     * @param line   the first line concerned (1-based)
     * @param holder the holder's section
     * @param detail the text after the repair
     */
    public record Repair(String kind, int line, String holder, String detail) {
    }

    /** A problem with a row that stops loading. */
    public static final class BadRow extends AnnexInputException {
        private static final long serialVersionUID = 1L;

        BadRow(int line, int column, String key, String... arguments) {
            super(line, column, key, arguments);
        }
    }

    /** The result for one transcription. */
    public record Loaded(Map<String, List<Position>> byHolder, List<Editorial> editorials, List<Repair> repairs) {
    }

    private ByHolderLoader() {
    }

    /**
     * Loads the rows of one transcription.
     *
     * @param rows          every row after the header
     * @param transcription the value of the first column to keep, e.g. {@code 2024-10}
     */
    public static Loaded load(List<Rfc4180Reader.Row> rows, String transcription) throws BadRow {
        Map<String, List<Position>> byHolder = new LinkedHashMap<>();
        List<Editorial> editorials = new ArrayList<>();
        List<Repair> repairs = new ArrayList<>();
        @Nullable Position heading = null;
        boolean headingUsed = false;
        for (Rfc4180Reader.Row row : rows) {
            List<String> c = row.cells();
            if (c.size() != HEADER.size()) {
                throw new BadRow(row.line(), 1, "holder.cells", Integer.toString(HEADER.size()), Integer.toString(c.size()));
            }
            if (!c.get(0).strip().equals(transcription)) {
                continue;
            }
            String holder = c.get(1).strip();
            String kind = c.get(3).strip();
            String text = c.get(4).strip();
            if (holder.isEmpty() || text.isEmpty()) {
                throw new BadRow(row.line(), holder.isEmpty() ? 2 : 5, "holder.empty");
            }
            List<Position> list = byHolder.computeIfAbsent(holder, k -> new ArrayList<>());
            if ("editorial".equals(kind)) {
                editorials.add(new Editorial(holder, list.size(), text, row.line()));
                continue;
            }
            if (!"dataset".equals(kind)) {
                throw new BadRow(row.line(), 4, "holder.kind", kind);
            }
            if (heading != null && heading.holder().equals(holder) && opensWithQuote(text)) {
                if (!headingUsed) {
                    list.remove(list.size() - 1);
                    headingUsed = true;
                }
                String merged = heading.text() + " " + text;
                repairs.add(new Repair("MERGED_SPLIT_ROWS", heading.line(), holder,
                        "lines " + heading.line() + "+" + row.line() + ": " + merged));
                text = merged;
            } else {
                heading = null;
            }
            if (text.endsWith(";")) {
                text = text.substring(0, text.length() - 1).strip();
                repairs.add(new Repair("TRIMMED_TRAILING_SEMICOLON", row.line(), holder, text));
            }
            Position p = new Position(holder, list.size() + 1, text, row.line());
            list.add(p);
            if (text.endsWith(":") && heading == null) {
                heading = p;
                headingUsed = false;
            }
        }
        return new Loaded(byHolder, editorials, repairs);
    }

    private static boolean opensWithQuote(String text) {
        char c = text.charAt(0);
        return c == '“' || c == '«' || c == '"' || c == '„';
    }
}
