package ua.opendata.passport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.constraints.HttpUrl;

/**
 * One row of the register of datasets: the Ministry's twelve standard columns and the internal
 * columns a municipality keeps beside them.
 *
 * <p>The standard columns, in the Ministry's order: {@code identifier}, {@code title},
 * {@code description}, {@code accrualPeriodicity}, {@code keyword}, {@code purpose},
 * {@code landingPage}, {@code distributionFormat}, {@code publisherName},
 * {@code publisherIdentifier}, {@code contactPointFn}, {@code contactPointHasEmail}. Text cells
 * that are empty are {@code null}. Build one with {@link #builder()}.
 *
 * @param identifier          the dataset identifier, unique in the register
 * @param title               the dataset title
 * @param description         the description
 * @param accrualPeriodicity  the update frequency; {@code null} when the cell is empty
 * @param keywords            the keywords (comma-separated in the file)
 * @param purpose             the legal basis and purpose of collection
 * @param landingPage         the dataset's page on the portal
 * @param distributionFormats the formats (comma-separated in the file)
 * @param publisher           the publisher's name and EDRPOU code (parts may be {@code null})
 * @param contactPoint        the responsible person's name and e-mail (parts may be {@code null})
 * @param status              internal: where the entry stands; {@code null} when not stated
 * @param annexDataset        internal: the annex dataset it fulfils, as {@code section:position}
 *                            (e.g. {@code all-holders:6}) or by name; {@code null} when none
 * @param restriction         internal: the restriction on publication, when restricted
 * @param responsiblePerson   internal: the staff member accountable for the entry, by name
 * @param nextUpdateDue       internal: the date the next update is due
 * @param extraColumns        cells of further columns, by header, kept and written back
 */
public record RegisterEntry(
        @NotBlank(message = "{ua.opendata.passport.Passport.identifier.required}")
        @Size(max = 254, message = "{ua.opendata.passport.Passport.identifier.size}")
        @Nullable String identifier,
        @NotBlank(message = "{ua.opendata.passport.Passport.title.required}")
        @Size(max = 254, message = "{ua.opendata.passport.Passport.title.size}")
        @Nullable String title,
        @NotBlank(message = "{ua.opendata.passport.Passport.description.required}")
        @Size(max = 4000, message = "{ua.opendata.passport.Passport.description.size}")
        @Nullable String description,
        @NotNull(message = "{ua.opendata.passport.Passport.updateFrequency.required}")
        @Nullable UpdateFrequency accrualPeriodicity,
        @NotEmpty(message = "{ua.opendata.passport.Passport.keywords.required}")
        List<@NotBlank(message = "{ua.opendata.passport.Passport.keywords.blank}") String> keywords,
        @NotBlank(message = "{ua.opendata.passport.Passport.purpose.required}")
        @Size(max = 512, message = "{ua.opendata.passport.Passport.purpose.size}")
        @Nullable String purpose,
        @HttpUrl @Nullable String landingPage,
        @NotEmpty(message = "{ua.opendata.passport.Passport.formats.required}")
        List<DataFormat> distributionFormats,
        @Valid Publisher publisher,
        @Valid ResponsiblePerson contactPoint,
        @Nullable EntryStatus status,
        @Nullable String annexDataset,
        @Valid @Nullable Restriction restriction,
        @Nullable String responsiblePerson,
        @Nullable LocalDate nextUpdateDue,
        Map<String, String> extraColumns) {

    /**
     * Copies collections; checks structure only.
     *
     * @param identifier the dataset identifier, unique in the register
     * @param title the dataset title
     * @param description the description
     * @param accrualPeriodicity the update frequency; {@code null} when the cell is empty
     * @param keywords the keywords (comma-separated in the file)
     * @param purpose the legal basis and purpose of collection
     * @param landingPage the dataset's page on the portal
     * @param distributionFormats the formats (comma-separated in the file)
     * @param publisher the publisher's name and EDRPOU code (parts may be {@code null})
     * @param contactPoint the responsible person's name and e-mail (parts may be {@code null})
     * @param status internal: where the entry stands; {@code null} when not stated
     * @param annexDataset internal: the annex dataset it fulfils, as {@code section:position}
     *                     (e.g. {@code all-holders:6}) or by name; {@code null} when none
     * @param restriction internal: the restriction on publication, when restricted
     * @param responsiblePerson internal: the staff member accountable for the entry, by name
     * @param nextUpdateDue internal: the date the next update is due
     * @param extraColumns cells of further columns, by header, kept and written back
     */
    public RegisterEntry {
        keywords = List.copyOf(keywords);
        distributionFormats = List.copyOf(distributionFormats);
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(contactPoint, "contactPoint");
        extraColumns = Passport.copyOrdered(extraColumns);
    }

    /** {@return a builder with every column empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this entry's cells} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link RegisterEntry}; not thread-safe. */
    public static final class Builder {
        private @Nullable String identifier;
        private @Nullable String title;
        private @Nullable String description;
        private @Nullable UpdateFrequency accrualPeriodicity;
        private List<String> keywords = new ArrayList<>();
        private @Nullable String purpose;
        private @Nullable String landingPage;
        private List<DataFormat> distributionFormats = new ArrayList<>();
        private Publisher publisher = new Publisher(null, null);
        private ResponsiblePerson contactPoint = ResponsiblePerson.of(null, null);
        private @Nullable EntryStatus status;
        private @Nullable String annexDataset;
        private @Nullable Restriction restriction;
        private @Nullable String responsiblePerson;
        private @Nullable LocalDate nextUpdateDue;
        private Map<String, String> extraColumns = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(RegisterEntry e) {
            identifier = e.identifier;
            title = e.title;
            description = e.description;
            accrualPeriodicity = e.accrualPeriodicity;
            keywords = new ArrayList<>(e.keywords);
            purpose = e.purpose;
            landingPage = e.landingPage;
            distributionFormats = new ArrayList<>(e.distributionFormats);
            publisher = e.publisher;
            contactPoint = e.contactPoint;
            status = e.status;
            annexDataset = e.annexDataset;
            restriction = e.restriction;
            responsiblePerson = e.responsiblePerson;
            nextUpdateDue = e.nextUpdateDue;
            extraColumns = new LinkedHashMap<>(e.extraColumns);
        }

        /**
         * The {@code identifier} column.
         *
         * @param v the dataset identifier, unique in the register
         * @return this builder
         */
        public Builder identifier(@Nullable String v) { identifier = v; return this; }

        /**
         * The {@code title} column.
         *
         * @param v the dataset title
         * @return this builder
         */
        public Builder title(@Nullable String v) { title = v; return this; }

        /**
         * The {@code description} column.
         *
         * @param v the description
         * @return this builder
         */
        public Builder description(@Nullable String v) { description = v; return this; }

        /**
         * The {@code accrualPeriodicity} column.
         *
         * @param v the update frequency; {@code null} when the cell is empty
         * @return this builder
         */
        public Builder accrualPeriodicity(@Nullable UpdateFrequency v) { accrualPeriodicity = v; return this; }

        /**
         * The {@code accrualPeriodicity} column, a known frequency.
         *
         * @param v one of the nine frequencies, stored with the portal's API value as raw text
         * @return this builder
         */
        public Builder accrualPeriodicity(Frequency v) { accrualPeriodicity = UpdateFrequency.of(v); return this; }

        /**
         * The {@code keyword} column.
         *
         * @param v the keywords (comma-separated in the file)
         * @return this builder
         */
        public Builder keywords(List<String> v) { keywords = new ArrayList<>(v); return this; }

        /**
         * The {@code purpose} column.
         *
         * @param v the legal basis and purpose of collection
         * @return this builder
         */
        public Builder purpose(@Nullable String v) { purpose = v; return this; }

        /**
         * The {@code landingPage} column.
         *
         * @param v the dataset's page on the portal
         * @return this builder
         */
        public Builder landingPage(@Nullable String v) { landingPage = v; return this; }

        /**
         * The {@code distributionFormat} column.
         *
         * @param v the formats (comma-separated in the file)
         * @return this builder
         */
        public Builder distributionFormats(List<DataFormat> v) { distributionFormats = new ArrayList<>(v); return this; }

        /**
         * The {@code publisherName} and {@code publisherIdentifier} columns.
         *
         * @param v the publisher's name and EDRPOU code (parts may be {@code null})
         * @return this builder
         */
        public Builder publisher(Publisher v) { publisher = Objects.requireNonNull(v); return this; }

        /**
         * The {@code contactPointFn} and {@code contactPointHasEmail} columns.
         *
         * @param v the responsible person's name and e-mail (parts may be {@code null})
         * @return this builder
         */
        public Builder contactPoint(ResponsiblePerson v) { contactPoint = Objects.requireNonNull(v); return this; }

        /**
         * Internal: the status.
         *
         * @param v internal: where the entry stands; {@code null} when not stated
         * @return this builder
         */
        public Builder status(@Nullable EntryStatus v) { status = v; return this; }

        /**
         * Internal: the annex dataset it fulfils.
         *
         * @param v internal: the annex dataset it fulfils, as {@code section:position}
         *          (e.g. {@code all-holders:6}) or by name; {@code null} when none
         * @return this builder
         */
        public Builder annexDataset(@Nullable String v) { annexDataset = v; return this; }

        /**
         * Internal: the restriction on publication.
         *
         * @param v internal: the restriction on publication, when restricted
         * @return this builder
         */
        public Builder restriction(@Nullable Restriction v) { restriction = v; return this; }

        /**
         * Internal: the accountable staff member.
         *
         * @param v internal: the staff member accountable for the entry, by name
         * @return this builder
         */
        public Builder responsiblePerson(@Nullable String v) { responsiblePerson = v; return this; }

        /**
         * Internal: the date the next update is due.
         *
         * @param v internal: the date the next update is due
         * @return this builder
         */
        public Builder nextUpdateDue(@Nullable LocalDate v) { nextUpdateDue = v; return this; }

        /**
         * Further columns, replacing any set before.
         *
         * @param v cells of further columns, by header, kept and written back
         * @return this builder
         */
        public Builder extraColumns(Map<String, String> v) { extraColumns = new LinkedHashMap<>(v); return this; }

        /**
         * Adds or replaces the cell of one further column.
         *
         * @param header the column header as written in the register file
         * @param value the cell text
         * @return this builder
         */
        public Builder putExtraColumn(String header, String value) {
            extraColumns.put(Objects.requireNonNull(header), Objects.requireNonNull(value));
            return this;
        }

        /** {@return a register entry of the cells set so far} */
        public RegisterEntry build() {
            return new RegisterEntry(identifier, title, description, accrualPeriodicity, keywords, purpose,
                    landingPage, distributionFormats, publisher, contactPoint, status, annexDataset, restriction,
                    responsiblePerson, nextUpdateDue, extraColumns);
        }
    }
}
