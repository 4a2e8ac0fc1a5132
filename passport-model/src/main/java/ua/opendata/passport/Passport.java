package ua.opendata.passport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.constraints.HttpUrl;

/**
 * A dataset passport (паспорт набору даних): the metadata Resolution No. 835 requires for every
 * dataset, element by element in the order of the statutory form.
 *
 * <p>Every element may be absent ({@code null} or an empty list) so that an incomplete passport
 * can still be read and reported on; the constraints on the components say which elements the
 * rulebook requires. Build one with {@link #builder()}.
 *
 * @param identifier          1. the identifier, unique in the register
 * @param title               2. the title, at most 254 characters
 * @param description         3. a short description, at most 4000 characters
 * @param purpose             4. the legal basis and purpose of collection (data.gov.ua: at most 512)
 * @param language            5. the language of the data, e.g. {@code uk}; {@code null} when not stated
 * @param formats             6. the formats in which the dataset is available
 * @param compression         7. the compression format, required when a distribution is an archive
 * @param firstPublished      8. the date and time of first publication
 * @param lastModified        9. the date and time of the last change
 * @param dataAsOf            10. the date the data is current as of
 * @param updateFrequency     11. the update frequency
 * @param keywords            12. the keywords
 * @param datasetUrl          13. the link to the data: a file to download or an API
 * @param structure           14. the data structure: a link and, when known, its fields
 * @param publisher           15. the information holder
 * @param responsiblePerson   16–17. the responsible person and their e-mail
 * @param distributions       the files and endpoints of the dataset, with their formats
 * @param landingPage         the dataset's page on the portal; {@code null} when not published
 * @param previousVersionsUrl a link to previous versions (optional element of the 2015 form)
 * @param extras              further elements the publisher keeps, by name, in insertion order
 */
public record Passport(
        @NotBlank(message = "{ua.opendata.passport.Passport.identifier.required}")
        @Size(max = 254, message = "{ua.opendata.passport.Passport.identifier.size}")
        @Nullable String identifier,
        @NotBlank(message = "{ua.opendata.passport.Passport.title.required}")
        @Size(max = 254, message = "{ua.opendata.passport.Passport.title.size}")
        @Nullable String title,
        @NotBlank(message = "{ua.opendata.passport.Passport.description.required}")
        @Size(max = 4000, message = "{ua.opendata.passport.Passport.description.size}")
        @Nullable String description,
        @NotBlank(message = "{ua.opendata.passport.Passport.purpose.required}")
        @Size(max = 512, message = "{ua.opendata.passport.Passport.purpose.size}")
        @Nullable String purpose,
        @NotBlank(message = "{ua.opendata.passport.Passport.language.required}")
        @Nullable String language,
        @NotEmpty(message = "{ua.opendata.passport.Passport.formats.required}")
        List<DataFormat> formats,
        @Nullable DataFormat compression,
        @Nullable OffsetDateTime firstPublished,
        @Nullable OffsetDateTime lastModified,
        @Nullable LocalDate dataAsOf,
        @NotNull(message = "{ua.opendata.passport.Passport.updateFrequency.required}")
        @Nullable UpdateFrequency updateFrequency,
        @NotEmpty(message = "{ua.opendata.passport.Passport.keywords.required}")
        List<@NotBlank(message = "{ua.opendata.passport.Passport.keywords.blank}") String> keywords,
        @NotBlank(message = "{ua.opendata.passport.Passport.datasetUrl.required}")
        @HttpUrl
        @Nullable String datasetUrl,
        @Valid @Nullable DataStructure structure,
        @NotNull(message = "{ua.opendata.passport.Passport.publisher.required}")
        @Valid @Nullable Publisher publisher,
        @NotNull(message = "{ua.opendata.passport.Passport.responsiblePerson.required}")
        @Valid @Nullable ResponsiblePerson responsiblePerson,
        List<@Valid Distribution> distributions,
        @HttpUrl @Nullable String landingPage,
        @HttpUrl @Nullable String previousVersionsUrl,
        Map<String, String> extras) {

    /**
     * Copies collections; checks structure only.
     *
     * @param identifier 1. the identifier, unique in the register
     * @param title 2. the title, at most 254 characters
     * @param description 3. a short description, at most 4000 characters
     * @param purpose 4. the legal basis and purpose of collection (data.gov.ua: at most 512)
     * @param language 5. the language of the data, e.g. {@code uk}; {@code null} when not stated
     * @param formats 6. the formats in which the dataset is available
     * @param compression 7. the compression format, required when a distribution is an archive
     * @param firstPublished 8. the date and time of first publication
     * @param lastModified 9. the date and time of the last change
     * @param dataAsOf 10. the date the data is current as of
     * @param updateFrequency 11. the update frequency
     * @param keywords 12. the keywords
     * @param datasetUrl 13. the link to the data: a file to download or an API
     * @param structure 14. the data structure: a link and, when known, its fields
     * @param publisher 15. the information holder
     * @param responsiblePerson 16–17. the responsible person and their e-mail
     * @param distributions the files and endpoints of the dataset, with their formats
     * @param landingPage the dataset's page on the portal; {@code null} when not published
     * @param previousVersionsUrl a link to previous versions (optional element of the 2015 form)
     * @param extras further elements the publisher keeps, by name, in insertion order
     */
    public Passport {
        formats = List.copyOf(formats);
        keywords = List.copyOf(keywords);
        distributions = List.copyOf(distributions);
        extras = copyOrdered(extras);
    }

    /** {@return a builder with every element absent} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this passport's elements} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    static Map<String, String> copyOrdered(Map<String, String> map) {
        Objects.requireNonNull(map, "map");
        if (map.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value of " + k)));
        return Collections.unmodifiableMap(copy);
    }

    /** Builds a {@link Passport}; not thread-safe. */
    public static final class Builder {
        private @Nullable String identifier;
        private @Nullable String title;
        private @Nullable String description;
        private @Nullable String purpose;
        private @Nullable String language;
        private List<DataFormat> formats = new ArrayList<>();
        private @Nullable DataFormat compression;
        private @Nullable OffsetDateTime firstPublished;
        private @Nullable OffsetDateTime lastModified;
        private @Nullable LocalDate dataAsOf;
        private @Nullable UpdateFrequency updateFrequency;
        private List<String> keywords = new ArrayList<>();
        private @Nullable String datasetUrl;
        private @Nullable DataStructure structure;
        private @Nullable Publisher publisher;
        private @Nullable ResponsiblePerson responsiblePerson;
        private List<Distribution> distributions = new ArrayList<>();
        private @Nullable String landingPage;
        private @Nullable String previousVersionsUrl;
        private Map<String, String> extras = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Passport p) {
            identifier = p.identifier;
            title = p.title;
            description = p.description;
            purpose = p.purpose;
            language = p.language;
            formats = new ArrayList<>(p.formats);
            compression = p.compression;
            firstPublished = p.firstPublished;
            lastModified = p.lastModified;
            dataAsOf = p.dataAsOf;
            updateFrequency = p.updateFrequency;
            keywords = new ArrayList<>(p.keywords);
            datasetUrl = p.datasetUrl;
            structure = p.structure;
            publisher = p.publisher;
            responsiblePerson = p.responsiblePerson;
            distributions = new ArrayList<>(p.distributions);
            landingPage = p.landingPage;
            previousVersionsUrl = p.previousVersionsUrl;
            extras = new LinkedHashMap<>(p.extras);
        }

        /**
         * Element 1.
         *
         * @param v the identifier, unique in the register
         * @return this builder
         */
        public Builder identifier(@Nullable String v) { identifier = v; return this; }

        /**
         * Element 2.
         *
         * @param v the title, at most 254 characters
         * @return this builder
         */
        public Builder title(@Nullable String v) { title = v; return this; }

        /**
         * Element 3.
         *
         * @param v a short description, at most 4000 characters
         * @return this builder
         */
        public Builder description(@Nullable String v) { description = v; return this; }

        /**
         * Element 4.
         *
         * @param v the legal basis and purpose of collection (data.gov.ua: at most 512)
         * @return this builder
         */
        public Builder purpose(@Nullable String v) { purpose = v; return this; }

        /**
         * Element 5.
         *
         * @param v the language of the data, e.g. {@code uk}; {@code null} when not stated
         * @return this builder
         */
        public Builder language(@Nullable String v) { language = v; return this; }

        /**
         * Element 6, replacing any formats set before.
         *
         * @param v the formats in which the dataset is available
         * @return this builder
         */
        public Builder formats(List<DataFormat> v) { formats = new ArrayList<>(v); return this; }

        /**
         * Element 6, adding one format.
         *
         * @param v a format to append to the formats
         * @return this builder
         */
        public Builder addFormat(DataFormat v) { formats.add(Objects.requireNonNull(v)); return this; }

        /**
         * Element 7.
         *
         * @param v the compression format, required when a distribution is an archive
         * @return this builder
         */
        public Builder compression(@Nullable DataFormat v) { compression = v; return this; }

        /**
         * Element 8.
         *
         * @param v the date and time of first publication
         * @return this builder
         */
        public Builder firstPublished(@Nullable OffsetDateTime v) { firstPublished = v; return this; }

        /**
         * Element 9.
         *
         * @param v the date and time of the last change
         * @return this builder
         */
        public Builder lastModified(@Nullable OffsetDateTime v) { lastModified = v; return this; }

        /**
         * Element 10.
         *
         * @param v the date the data is current as of
         * @return this builder
         */
        public Builder dataAsOf(@Nullable LocalDate v) { dataAsOf = v; return this; }

        /**
         * Element 11.
         *
         * @param v the update frequency
         * @return this builder
         */
        public Builder updateFrequency(@Nullable UpdateFrequency v) { updateFrequency = v; return this; }

        /**
         * Element 11, a known frequency.
         *
         * @param v one of the nine frequencies, stored with the portal's API value as raw text
         * @return this builder
         */
        public Builder updateFrequency(Frequency v) { updateFrequency = UpdateFrequency.of(v); return this; }

        /**
         * Element 12, replacing any keywords set before.
         *
         * @param v the keywords
         * @return this builder
         */
        public Builder keywords(List<String> v) { keywords = new ArrayList<>(v); return this; }

        /**
         * Element 12, adding one keyword.
         *
         * @param v a keyword to append to the keywords
         * @return this builder
         */
        public Builder addKeyword(String v) { keywords.add(Objects.requireNonNull(v)); return this; }

        /**
         * Element 13.
         *
         * @param v the link to the data: a file to download or an API
         * @return this builder
         */
        public Builder datasetUrl(@Nullable String v) { datasetUrl = v; return this; }

        /**
         * Element 14.
         *
         * @param v the data structure: a link and, when known, its fields
         * @return this builder
         */
        public Builder structure(@Nullable DataStructure v) { structure = v; return this; }

        /**
         * Element 15.
         *
         * @param v the information holder
         * @return this builder
         */
        public Builder publisher(@Nullable Publisher v) { publisher = v; return this; }

        /**
         * Elements 16 and 17.
         *
         * @param v the responsible person and their e-mail
         * @return this builder
         */
        public Builder responsiblePerson(@Nullable ResponsiblePerson v) { responsiblePerson = v; return this; }

        /**
         * The distributions, replacing any set before.
         *
         * @param v the files and endpoints of the dataset, with their formats
         * @return this builder
         */
        public Builder distributions(List<Distribution> v) { distributions = new ArrayList<>(v); return this; }

        /**
         * Adds one distribution.
         *
         * @param v a file or endpoint to append to the distributions
         * @return this builder
         */
        public Builder addDistribution(Distribution v) { distributions.add(Objects.requireNonNull(v)); return this; }

        /**
         * The dataset's page on the portal.
         *
         * @param v the dataset's page on the portal; {@code null} when not published
         * @return this builder
         */
        public Builder landingPage(@Nullable String v) { landingPage = v; return this; }

        /**
         * A link to previous versions.
         *
         * @param v a link to previous versions (optional element of the 2015 form)
         * @return this builder
         */
        public Builder previousVersionsUrl(@Nullable String v) { previousVersionsUrl = v; return this; }

        /**
         * Further elements, replacing any set before.
         *
         * @param v further elements the publisher keeps, by name, in insertion order
         * @return this builder
         */
        public Builder extras(Map<String, String> v) { extras = new LinkedHashMap<>(v); return this; }

        /**
         * Adds or replaces one further element.
         *
         * @param key the element's name
         * @param value the element's value
         * @return this builder
         */
        public Builder putExtra(String key, String value) {
            extras.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
            return this;
        }

        /** {@return a passport of the elements set so far} */
        public Passport build() {
            return new Passport(identifier, title, description, purpose, language, formats, compression,
                    firstPublished, lastModified, dataAsOf, updateFrequency, keywords, datasetUrl, structure,
                    publisher, responsiblePerson, distributions, landingPage, previousVersionsUrl, extras);
        }
    }
}
