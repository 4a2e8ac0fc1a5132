package ua.opendata.passport.annex;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import ua.opendata.passport.PassportException;
import ua.opendata.passport.internal.annex.Rfc4180Reader;

/**
 * Which data.gov.ua organizations publish for which annex holders (98 holders, as an NGO paired them
 * in November 2025; bundled from {@code annex-holders-on-data-gov-ua.csv}), and the other names a
 * holder goes by (renamings by Resolution 714/2025, abbreviations, full names; bundled from
 * {@code annex-holder-aliases.csv}). Immutable and thread-safe.
 */
public final class AnnexHolders {
    private static final List<String> HEADER = List.of("holder_uk", "portal_organization_title",
            "portal_organization_id");
    private static final List<String> ALIAS_HEADER = List.of("alias_uk", "holder_uk", "reason");

    private final List<AnnexHolder> organizations;
    private final Map<String, List<String>> aliases;

    private AnnexHolders(List<AnnexHolder> organizations, Map<String, List<String>> aliases) {
        this.organizations = List.copyOf(organizations);
        this.aliases = Map.copyOf(aliases);
    }

    /** {@return the bundled table; loaded once and cached} */
    public static AnnexHolders bundled() {
        return Bundled.INSTANCE;
    }

    /** {@return every pairing of a holder with a portal organization, in file order} */
    public List<AnnexHolder> organizations() {
        return organizations;
    }

    /**
     * The holder a data.gov.ua organization publishes for, by the organization's id or its title
     * (compared as {@link AnnexCatalogue#findByName(String)} compares names).
     *
     * @param idOrTitle the organization's id, or its title, on data.gov.ua
     * @return the holder's name as the table gives it, or empty when the organization is not in the table
     */
    public Optional<String> holderOfOrganization(String idOrTitle) {
        Objects.requireNonNull(idOrTitle, "idOrTitle");
        String key = AnnexCatalogue.normalizeName(idOrTitle.strip());
        for (AnnexHolder h : organizations) {
            if (h.organizationId().equalsIgnoreCase(idOrTitle.strip())
                    || AnnexCatalogue.normalizeName(h.organizationTitle()).equals(key)) {
                return Optional.of(h.holderUk());
            }
        }
        return Optional.empty();
    }

    /**
     * The portal organizations that publish for a holder (by the holder's name as the table gives it).
     *
     * @param holderUk the holder's name as the table gives it
     * @return the pairings of that holder with portal organizations; empty when there are none
     */
    public List<AnnexHolder> organizationsOf(String holderUk) {
        String key = AnnexCatalogue.normalizeName(Objects.requireNonNull(holderUk, "holderUk"));
        return organizations.stream().filter(h -> AnnexCatalogue.normalizeName(h.holderUk()).equals(key)).toList();
    }

    /**
     * The names to look a holder up by, most direct first: the name itself, its aliases, the holder
     * of the portal organization so titled, and that holder's aliases.
     *
     * @param name a holder's or organization's name
     * @return the names to try, without repeats
     */
    public List<String> namesFor(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name.strip());
        out.addAll(aliases.getOrDefault(AnnexCatalogue.normalizeName(name.strip()), List.of()));
        holderOfOrganization(name).ifPresent(h -> {
            out.add(h);
            out.addAll(aliases.getOrDefault(AnnexCatalogue.normalizeName(h), List.of()));
        });
        return List.copyOf(out);
    }

    private static final class Bundled {
        static final AnnexHolders INSTANCE = load();

        private static AnnexHolders load() {
            List<AnnexHolder> orgs = new ArrayList<>();
            for (List<String> c : rows("annex-holders-on-data-gov-ua.csv", HEADER)) {
                orgs.add(new AnnexHolder(c.get(0).strip(), c.get(1).strip(), c.get(2).strip()));
            }
            Map<String, List<String>> aliases = new java.util.HashMap<>();
            for (List<String> c : rows("annex-holder-aliases.csv", ALIAS_HEADER)) {
                aliases.computeIfAbsent(AnnexCatalogue.normalizeName(c.get(0).strip()), k -> new ArrayList<>())
                        .add(c.get(1).strip());
            }
            return new AnnexHolders(orgs, aliases);
        }

        private static List<List<String>> rows(String name, List<String> header) {
            List<Rfc4180Reader.Row> rows;
            try (Reader r = new InputStreamReader(AnnexBundle.resource(name), StandardCharsets.UTF_8)) {
                rows = Rfc4180Reader.read(r, AnnexCatalogue.MAX_CHARS);
            } catch (IOException e) {
                throw new UncheckedIOException(AnnexText.both("file.unreadable", name, String.valueOf(e.getMessage())), e);
            } catch (Rfc4180Reader.MalformedCsvException e) {
                throw new PassportException(AnnexText.both("bundled.damaged", name, Integer.toString(e.line()),
                        ": " + AnnexText.en(e.key(), e.arguments().toArray())), e);
            }
            if (rows.isEmpty() || !rows.get(0).cells().equals(header)) {
                throw new PassportException(AnnexText.both("bundled.header", name, header.toString()));
            }
            List<List<String>> out = new ArrayList<>();
            for (Rfc4180Reader.Row row : rows.subList(1, rows.size())) {
                if (row.cells().size() != header.size()) {
                    throw new PassportException(AnnexText.both("bundled.damaged", name, Integer.toString(row.line()),
                            ""));
                }
                out.add(row.cells());
            }
            return out;
        }
    }
}
