package ua.opendata.core.mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.DataStructure;
import ua.opendata.passport.DesignationOrder;
import ua.opendata.passport.Distribution;
import ua.opendata.passport.Frequency;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.StructureField;
import ua.opendata.passport.UpdateFrequency;

/** Seeded random passports for round-trip tests (no property-testing library: plain java.util.Random). */
final class GeneratedPassports {

    private static final String TEXT = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГЇЄІ ’'«»-.,:;()0123456789abcxyzXYZ&<>\"\\/№ ";
    private static final String[] FORMATS = {"csv", "CSV", ".сsv", "xlsx", "xlxs", "json", "XML", "text/csv; charset=utf-8", "pdf", "zip"};

    private final Random random;

    GeneratedPassports(long seed) {
        this.random = new Random(seed);
    }

    /**
     * A passport. {@code complete}: every element the data.gov.ua schema requires is present and valid for
     * the fake portal, and the publisher's name is {@code orgTitle}.
     */
    Passport next(boolean complete, String orgTitle) {
        Passport.Builder b = Passport.builder();
        b.identifier("ds-" + Math.abs(random.nextLong() % 1_000_000) + "-" + word(4));
        b.title(maybe(complete) ? text(1, 120) : null);
        b.description(maybe(complete) ? text(1, 400) : null);
        b.purpose(maybe(complete) ? text(1, 300) : null);
        b.language(maybe(complete) ? (random.nextBoolean() ? "uk" : "en") : null);
        if (maybe(complete)) {
            Frequency f = Frequency.values()[random.nextInt(Frequency.values().length)];
            String raw = switch (random.nextInt(3)) {
                case 0 -> f.apiValue();
                case 1 -> f.labelUk();
                default -> f.labelEn();
            };
            b.updateFrequency(UpdateFrequency.parse(raw));
        }
        Set<String> kw = new LinkedHashSet<>();
        int nk = complete ? 1 + random.nextInt(4) : random.nextInt(4);
        for (int i = 0; i < nk; i++) {
            kw.add(word(3 + random.nextInt(8)));
        }
        b.keywords(new ArrayList<>(kw));
        b.responsiblePerson(maybe(complete) ? new ResponsiblePerson(text(3, 40), word(6) + "@city.gov.ua",
                random.nextBoolean() ? "начальник відділу" : null,
                random.nextInt(4) == 0 ? new DesignationOrder("№ " + random.nextInt(100), LocalDate.of(2024, 1, 1 + random.nextInt(28)), null) : null) : null);
        b.publisher(complete || random.nextBoolean() ? new Publisher(orgTitle, random.nextBoolean() ? "04054903" : null) : null);
        List<Distribution> dist = new ArrayList<>();
        int nd = complete ? 1 + random.nextInt(3) : random.nextInt(3);
        Set<String> urls = new LinkedHashSet<>();
        for (int i = 0; i < nd; i++) {
            String url = "https://data.city.gov.ua/files/" + word(8) + "/" + i + ".dat";
            if (urls.add(url)) {
                dist.add(new Distribution(random.nextBoolean() ? text(1, 60) : null, url,
                        random.nextInt(5) == 0 ? null : DataFormat.parse(FORMATS[random.nextInt(FORMATS.length)]),
                        random.nextInt(5) == 0 ? DataFormat.parse("zip") : null,
                        random.nextBoolean() ? "text/csv" : null,
                        random.nextBoolean() ? (long) random.nextInt(10_000_000) : null));
            }
        }
        b.distributions(dist);
        if (!dist.isEmpty() && random.nextInt(4) > 0) {
            b.datasetUrl(dist.get(0).url());
        } else if (random.nextBoolean()) {
            b.datasetUrl("https://city.gov.ua/api/" + word(5));
        }
        if (random.nextBoolean()) {
            b.structure(random.nextInt(4) == 0
                    ? new DataStructure("https://data.city.gov.ua/structure/" + word(6) + ".json",
                    List.of(new StructureField("id", null, null, "integer", true)))
                    : DataStructure.link("https://data.city.gov.ua/structure/" + word(6) + ".json"));
        }
        if (random.nextInt(3) == 0) {
            b.formats(List.of(DataFormat.parse("CSV"), DataFormat.parse("JSON")));
        } else {
            b.formats(dist.stream().filter(d -> d.format() != null).map(d -> d.format()).distinct().toList());
        }
        if (random.nextInt(4) == 0) {
            b.compression(DataFormat.parse("zip"));
        }
        if (random.nextInt(4) == 0) {
            b.dataAsOf(LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
        if (random.nextInt(4) == 0) {
            b.previousVersionsUrl("https://city.gov.ua/archive/" + word(5));
        }
        if (random.nextInt(4) == 0) {
            b.putExtra("theme", text(1, 20));
        }
        return b.build();
    }

    private boolean maybe(boolean always) {
        return always || random.nextInt(5) > 0;
    }

    private String word(int len) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < len; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    /** Text without leading or trailing blanks, never blank. */
    private String text(int min, int max) {
        int len = min + random.nextInt(max - min + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < len; i++) {
            s.append(TEXT.charAt(random.nextInt(TEXT.length())));
        }
        String t = s.toString().strip();
        return t.isEmpty() ? "т" : t;
    }
}
