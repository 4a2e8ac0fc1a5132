package ua.opendata.passport;

import java.util.Objects;

/**
 * The passport a register entry stands for when it has none of its own: the register's columns are the
 * passport's title, description, purpose, update frequency, keywords, formats, landing page, publisher and
 * responsible person, under the entry's identifier. The register has no language column: the language is
 * taken as Ukrainian ({@code uk}), the portals' default. Such a passport has no distributions, structure,
 * compression or other element the register does not carry.
 */
public final class EntryPassports {

    /** The language of a passport made from a register entry. */
    public static final String LANGUAGE = "uk";

    private EntryPassports() {
    }

    /**
     * The passport of a register entry.
     *
     * @param entry the register entry
     * @return a passport made of the entry's columns, language {@value #LANGUAGE}
     */
    public static Passport toPassport(RegisterEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return Passport.builder()
                .identifier(entry.identifier())
                .language(LANGUAGE)
                .title(entry.title())
                .description(entry.description())
                .purpose(entry.purpose())
                .updateFrequency(entry.accrualPeriodicity())
                .keywords(entry.keywords())
                .formats(entry.distributionFormats())
                .landingPage(entry.landingPage())
                .publisher(entry.publisher())
                .responsiblePerson(entry.contactPoint())
                .build();
    }
}
