package ua.opendata.core.internal.mapping;

import ua.opendata.passport.Passport;
import ua.opendata.passport.RegisterEntry;

/** The passport of a register entry that has none of its own. */
public final class EntryPassport {

    private EntryPassport() {
    }

    /**
     * A passport made of a register entry's columns, for entries without a passport. The register has no
     * language column: the language is taken as Ukrainian ({@code uk}), the portal's default.
     */
    public static Passport fromEntry(RegisterEntry e) {
        return Passport.builder()
                .identifier(e.identifier())
                .language("uk")
                .title(e.title())
                .description(e.description())
                .purpose(e.purpose())
                .updateFrequency(e.accrualPeriodicity())
                .keywords(e.keywords())
                .formats(e.distributionFormats())
                .landingPage(e.landingPage())
                .publisher(e.publisher())
                .responsiblePerson(e.contactPoint())
                .build();
    }
}
