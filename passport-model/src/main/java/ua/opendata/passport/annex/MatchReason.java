package ua.opendata.passport.annex;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an {@link AnnexMatch} rests on, for people: the annex column or the mapping that named the
 * position, or the words of a title match. {@link #render(Locale)} writes it in Ukrainian or English
 * (the {@code AnnexMessages} bundles); {@link #toString()} is the English, e.g. {@code column: 3.1.2},
 * {@code mapping: none} or {@code 0.84 = [бюджет, звіт] +[громади] -[виконання]}.
 *
 * @param kind    what the match rests on
 * @param ref     the position reference the column or mapping gave ({@code ""} for the other kinds)
 * @param score   the title score (1 for a column or a mapping, 0 when there was nothing to compare)
 * @param matched the title's words the position's name has (for {@link Kind#TITLE})
 * @param extra   the title's words the name lacks (for {@link Kind#TITLE})
 * @param lacking the name's words the title lacks (for {@link Kind#TITLE})
 */
public record MatchReason(Kind kind, String ref, double score, List<String> matched, List<String> extra,
                          List<String> lacking) {

    /** What a match rests on. */
    public enum Kind {
        /** The register's annex column named the position. */
        COLUMN,
        /** The mapping named the position. */
        MAPPING,
        /** The mapping says the candidate fulfils no position. */
        MAPPING_NONE,
        /** The title's words. */
        TITLE,
        /** Nothing: there were no positions to compare the title with. */
        NOTHING
    }

    /**
     * Copies the lists.
     *
     * @param kind    what the match rests on
     * @param ref     the position reference the column or mapping gave ({@code ""} for the other kinds)
     * @param score   the title score (1 for a column or a mapping, 0 when there was nothing to compare)
     * @param matched the title's words the position's name has (for {@link Kind#TITLE})
     * @param extra   the title's words the name lacks (for {@link Kind#TITLE})
     * @param lacking the name's words the title lacks (for {@link Kind#TITLE})
     */
    public MatchReason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ref, "ref");
        matched = List.copyOf(matched);
        extra = List.copyOf(extra);
        lacking = List.copyOf(lacking);
    }

    /**
     * The register's annex column named the position.
     *
     * @param ref the reference as written
     * @return the reason
     */
    public static MatchReason column(String ref) {
        return new MatchReason(Kind.COLUMN, ref, 1.0, List.of(), List.of(), List.of());
    }

    /**
     * The mapping named the position.
     *
     * @param ref the reference as the mapping gives it
     * @return the reason
     */
    public static MatchReason mapping(String ref) {
        return new MatchReason(Kind.MAPPING, ref, 1.0, List.of(), List.of(), List.of());
    }

    /**
     * The mapping says the candidate fulfils no position.
     *
     * @return the reason
     */
    public static MatchReason mappingNone() {
        return new MatchReason(Kind.MAPPING_NONE, "", 0, List.of(), List.of(), List.of());
    }

    /**
     * A title match and the words it rests on.
     *
     * @param score   the score, 0 to 1
     * @param matched the title's words the name has
     * @param extra   the title's words the name lacks
     * @param lacking the name's words the title lacks
     * @return the reason
     */
    public static MatchReason title(double score, List<String> matched, List<String> extra, List<String> lacking) {
        return new MatchReason(Kind.TITLE, "", score, matched, extra, lacking);
    }

    /**
     * No positions to compare with.
     *
     * @return the reason
     */
    public static MatchReason nothing() {
        return new MatchReason(Kind.NOTHING, "", 0, List.of(), List.of(), List.of());
    }

    /**
     * The reason in a language.
     *
     * @param locale Ukrainian for language {@code uk}, English otherwise
     * @return the text; empty for {@link Kind#NOTHING}
     */
    public String render(Locale locale) {
        boolean uk = "uk".equals(Objects.requireNonNull(locale, "locale").getLanguage());
        return switch (kind) {
            case COLUMN -> text(uk, "reason.column", ref);
            case MAPPING -> text(uk, "reason.mapping", ref);
            case MAPPING_NONE -> text(uk, "reason.mappingNone");
            case TITLE -> text(uk, "reason.title", String.format(Locale.ROOT, "%.2f", score), matched.toString(),
                    extra.isEmpty() ? "" : text(uk, "reason.extra", extra.toString()),
                    lacking.isEmpty() ? "" : text(uk, "reason.lacking", lacking.toString()));
            case NOTHING -> "";
        };
    }

    private static String text(boolean uk, String key, Object... arguments) {
        return uk ? AnnexText.uk(key, arguments) : AnnexText.en(key, arguments);
    }

    /** {@return the reason in English} */
    @Override
    public String toString() {
        return render(Locale.ENGLISH);
    }
}
