package ua.opendata.passport.annex;

/**
 * The kind of publisher, which decides the sections of the annex that bind it: every kind is bound
 * by {@link AnnexCatalogue#ALL_HOLDERS}; local councils and military administrations exercising
 * local self-government also by {@link AnnexCatalogue#LOCAL_SELF_GOVERNMENT}; oblast and district
 * state administrations by {@link AnnexCatalogue#LOCAL_STATE_ADMINISTRATIONS}; a holder the annex
 * names (a ministry, an agency, the National Bank, a state company) by its own section.
 */
public enum PublisherKind {
    /** A city, settlement or village council (and its executive bodies). */
    LOCAL_COUNCIL,
    /** A military administration exercising the powers of local self-government. */
    MILITARY_ADMINISTRATION,
    /** An oblast or district state administration (or a military administration acting as one). */
    STATE_ADMINISTRATION,
    /** A holder the annex names in a section of its own. */
    NAMED_HOLDER;

    /**
     * The kind written in a register's metadata or on a command line: the constant's name in any
     * case with {@code -} or {@code _}, or a Ukrainian word for it («рада», «МВА», «ОДА», «РДА», …).
     *
     * @param text the kind as written
     * @return the kind the text names
     * @throws IllegalArgumentException when the text names no kind
     */
    public static PublisherKind parse(String text) {
        String s = text.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (PublisherKind k : values()) {
            if (k.name().toLowerCase(java.util.Locale.ROOT).equals(s)) {
                return k;
            }
        }
        // Data, not messages: the words and abbreviations publishers use for their kind.
        if (s.contains("рада") || s.equals("council")) {
            return LOCAL_COUNCIL;
        }
        if (s.equals("мва") || s.equals("сва") || s.equals("свва") || s.contains("військова")) {
            return MILITARY_ADMINISTRATION;
        }
        if (s.equals("ода") || s.equals("рда") || s.contains("державна_адміністрація") || s.equals("ова")
                || s.equals("рва")) {
            return STATE_ADMINISTRATION;
        }
        if (s.equals("holder") || s.equals("розпорядник")) {
            return NAMED_HOLDER;
        }
        throw new IllegalArgumentException(AnnexText.both("kind.unknown", text));
    }

    /**
     * The local kind a publisher's name shows, as registers write it in {@code publisherName}:
     * «… міська (селищна, сільська) військова адміністрація» → {@link #MILITARY_ADMINISTRATION};
     * «… обласна (районна) державна / військова адміністрація», «… ОДА», «… РДА» →
     * {@link #STATE_ADMINISTRATION}; «… міська (селищна, сільська) рада» → {@link #LOCAL_COUNCIL}.
     * Empty for any other name (a named holder is found by {@link AnnexCatalogue#sectionOfHolder}).
     *
     * @param publisherName the publisher's name
     * @return the local kind, or empty when the name shows none
     */
    public static java.util.Optional<PublisherKind> infer(String publisherName) {
        String s = " " + publisherName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        boolean local = s.contains("міськ") || s.contains("селищн") || s.contains("сільськ") || s.contains(" мва ")
                || s.contains("громад");
        boolean regional = s.contains("обласн") || s.contains("районн") || s.contains(" ода ") || s.contains(" рда ")
                || s.contains(" ова ") || s.contains(" рва ");
        if (regional && (s.contains("адміністрац") || s.contains(" ода ") || s.contains(" рда ") || s.contains(" ова ")
                || s.contains(" рва "))) {
            return java.util.Optional.of(STATE_ADMINISTRATION);
        }
        if (local && (s.contains("військов") && s.contains("адміністрац") || s.contains(" мва "))) {
            return java.util.Optional.of(MILITARY_ADMINISTRATION);
        }
        if (local && (s.contains(" рада ") || s.contains(" ради ") || s.contains("виконавч"))) {
            return java.util.Optional.of(LOCAL_COUNCIL);
        }
        return java.util.Optional.empty();
    }
}
