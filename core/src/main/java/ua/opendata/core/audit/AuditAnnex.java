package ua.opendata.core.audit;

import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.annex.AnnexDataset;
import ua.opendata.passport.annex.AnnexMapping;
import ua.opendata.passport.annex.AnnexMatching;
import ua.opendata.passport.annex.MatchMethod;
import ua.opendata.passport.annex.MatchReason;

/**
 * Which positions of the annex to Resolution No. 835 an audited organization's datasets on the portal fulfil,
 * judged without a register: the binding sections and why they bind, a verdict per position, and the datasets
 * that fulfil no position. A dataset fulfils a position by its register's annex column (when a register was
 * compared), by the reviewer's mapping, or by its title ({@link ua.opendata.passport.annex.AnnexMatcher});
 * weak and ambiguous titles are reported, never taken.
 *
 * <p>Restricted: a position is {@link State#RESTRICTED} when every dataset that fulfils it is one the public
 * cannot use as open data, as the portal shows it: a private dataset ({@code "private": true}, seen only with
 * a key and {@link AuditOptions#includePrivate()}), or one whose extra {@code access_rights} (DCAT-AP) says
 * restricted or non-public («обмежений», «непублічний»). data.gov.ua has no field of its own for this.
 *
 * @param annexVersion the id of the annex transcription used, e.g. {@code 2025-07}
 * @param sections     the codes of the binding sections, in order
 * @param basis        why these sections bind
 * @param holder       the annex holder found for the organization ({@link Basis#HOLDER_TABLE},
 *                     {@link Basis#HOLDER_WITHOUT_SECTION}), else the
 *                     organization's title the sections were inferred from ({@link Basis#PUBLISHER_NAME});
 *                     {@code null} otherwise
 * @param positions    a verdict per position of the binding sections, in annex order
 * @param extras       the datasets that fulfil no position, in report order
 * @param matching     the matcher's verdict per dataset, in report order (for the mapping file)
 * @param keys         per dataset of {@code matching}, the mapping's key: its identifier in the audit
 *                     ({@link AuditDataset#identifier()})
 */
public record AuditAnnex(String annexVersion, List<String> sections, Basis basis, @Nullable String holder,
                         List<Position> positions, List<Extra> extras, AnnexMatching matching, List<String> keys) {

    /** Why the sections bind the organization. */
    public enum Basis {
        /** Given by the caller ({@link AuditOptions.Builder#annexSections}, the CLI's {@code --section}, …). */
        GIVEN,
        /** The organization publishes for a holder the annex names (the bundled holder table). */
        HOLDER_TABLE,
        /**
         * The holder table pairs the organization with a holder, but the annex transcription has no section of
         * that holder's own (renamed, left out, or not transcribed): only {@code all-holders} binds it.
         */
        HOLDER_WITHOUT_SECTION,
        /** The organization's title shows its kind (a council, a military or state administration). */
        PUBLISHER_NAME,
        /** Nothing told: the rulebook configuration's sections (by default a city council's). */
        DEFAULT
    }

    /** The verdict on one position. */
    public enum State {
        /** At least one public dataset fulfils it. */
        PRESENT,
        /** Only datasets the public cannot use fulfil it (private, or access marked restricted). */
        RESTRICTED,
        /** No dataset fulfils it, but some resemble it (weak or ambiguous titles): a person should look. */
        UNSURE,
        /** No dataset fulfils it or resembles it. */
        MISSING
    }

    /**
     * One position's verdict.
     *
     * @param position the annex position
     * @param state    present, restricted, unsure or missing
     * @param method   how the best dataset fulfils it ({@link MatchMethod#COLUMN}, {@link MatchMethod#MAPPING},
     *                 {@link MatchMethod#TITLE}); {@link MatchMethod#WEAK} or {@link MatchMethod#AMBIGUOUS} when
     *                 only proposed; {@link MatchMethod#MISSING} when nothing resembles it
     * @param score    the best title score (1 for a column or a mapping; 0 when missing)
     * @param reason   what the best match rests on, for people ({@link MatchReason#render(java.util.Locale)});
     *                 {@link MatchReason#nothing()} when missing
     * @param datasets the portal names of the datasets that fulfil it
     * @param proposed the portal names of the datasets proposed for it but not taken
     */
    public record Position(AnnexDataset position, State state, MatchMethod method, double score, MatchReason reason,
                           List<String> datasets, List<String> proposed) {

        /**
         * Copies the lists.
         *
         * @param position the annex position
         * @param state present, restricted, unsure or missing
         * @param method how the best dataset fulfils it
         * @param score the best title score
         * @param reason what the best match rests on
         * @param datasets the portal names of the datasets that fulfil it
         * @param proposed the portal names of the datasets proposed for it but not taken
         */
        public Position {
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(reason, "reason");
            datasets = List.copyOf(datasets);
            proposed = List.copyOf(proposed);
        }
    }

    /**
     * A dataset that fulfils no position of the binding sections.
     *
     * @param name       its portal name
     * @param title      its title; empty when it has none
     * @param restricted whether the public cannot use it (see {@link AuditAnnex})
     * @param method     {@link MatchMethod#MISSING} when it resembles no position, {@link MatchMethod#WEAK} or
     *                   {@link MatchMethod#AMBIGUOUS} when it was proposed for one but not taken
     * @param proposed   the position proposed ({@code section:position}); {@code null} when none
     */
    public record Extra(String name, String title, boolean restricted, MatchMethod method, @Nullable String proposed) {

        /**
         * Checks structure only.
         *
         * @param name its portal name
         * @param title its title; empty when it has none
         * @param restricted whether the public cannot use it
         * @param method how it was matched
         * @param proposed the position proposed; {@code null} when none
         */
        public Extra {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(method, "method");
        }
    }

    /**
     * Copies the lists.
     *
     * @param annexVersion the id of the annex transcription used
     * @param sections the codes of the binding sections
     * @param basis why these sections bind
     * @param holder the holder found, or the title the sections were inferred from; {@code null} otherwise
     * @param positions a verdict per position
     * @param extras the datasets that fulfil no position
     * @param matching the matcher's verdict per dataset
     * @param keys per dataset of {@code matching}, its identifier in the audit
     */
    public AuditAnnex {
        Objects.requireNonNull(annexVersion, "annexVersion");
        sections = List.copyOf(sections);
        Objects.requireNonNull(basis, "basis");
        positions = List.copyOf(positions);
        extras = List.copyOf(extras);
        Objects.requireNonNull(matching, "matching");
        keys = List.copyOf(keys);
    }

    /**
     * The number of positions in a state.
     *
     * @param state the state
     * @return how many positions are in it
     */
    public long count(State state) {
        return positions.stream().filter(p -> p.state() == state).count();
    }

    /**
     * Writes the mapping the audit used, for a person to review and pin with {@code --annex-mapping}
     * ({@link AnnexMapping#write}); datasets are keyed by their identifier in the audit. The stream is not closed.
     *
     * @param out the stream that receives the UTF-8 CSV
     */
    public void writeMapping(OutputStream out) {
        AnnexMapping.write(matching, keys, out);
    }

    /**
     * Writes the mapping as {@link #writeMapping(OutputStream)} does, with each reason in the given language.
     *
     * @param locale Ukrainian for Ukrainian reasons, any other for English
     * @param out    the stream that receives the UTF-8 CSV
     */
    public void writeMapping(java.util.Locale locale, OutputStream out) {
        AnnexMapping.write(matching, keys, locale, out);
    }
}
