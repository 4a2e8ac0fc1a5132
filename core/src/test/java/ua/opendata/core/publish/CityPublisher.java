package ua.opendata.core.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.DataStructure;
import ua.opendata.passport.Distribution;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.UpdateFrequency;

/**
 * A realistic city council publisher: dozens of datasets with the dirty formats and frequencies seen on
 * real portals ({@code xlxs}, {@code .сsv} with a Cyrillic letter, MIME types, «щомісячно», a trailing ”).
 */
final class CityPublisher {

    static final String ORG = "kropyvnytska-rada";
    static final String ORG_TITLE = "Кропивницька міська рада";
    static final String[] FORMATS = {"csv", "xlxs", ".сsv", "text/csv; charset=utf-8", "JSON", "xml", "XLSX"};
    static final String[] FREQUENCIES = {"once a month", "щомісячно", "Щокварталу", "once a year”", "annually",
            "Відразу після внесення змін", "once a day", "More then a day"};

    final List<RegisterEntry> entries = new ArrayList<>();
    final Map<String, Passport> passports = new LinkedHashMap<>();

    /** {@code count} datasets, identifiers {@code kr-001}…; every one has a passport. */
    CityPublisher(int count) {
        for (int i = 1; i <= count; i++) {
            add(passport(i));
        }
    }

    static Passport passport(int i) {
        String id = String.format("kr-%03d", i);
        String base = "https://kr-rada.gov.ua/opendata/" + id;
        List<Distribution> dist = new ArrayList<>();
        dist.add(new Distribution("Дані " + i, base + "/data." + (i % 2 == 0 ? "csv" : "xlsx"),
                DataFormat.parse(FORMATS[i % FORMATS.length]), null, null, null));
        if (i % 3 == 0) {
            dist.add(new Distribution("Архів " + i, base + "/archive.zip", DataFormat.parse("zip"), DataFormat.parse("zip"),
                    "application/zip", 1024L * i));
        }
        return Passport.builder()
                .identifier(id)
                .title("Набір даних №" + i + " «Перелік об'єктів»")
                .description("Опис набору " + i + ": що в ньому і звідки.")
                .purpose("Постанова КМУ від 21.10.2015 № 835; рішення міської ради № " + i)
                .language("uk")
                .updateFrequency(UpdateFrequency.parse(FREQUENCIES[i % FREQUENCIES.length]))
                .keywords(List.of("відкриті дані", "набір " + i, i % 2 == 0 ? "бюджет" : "освіта"))
                .responsiblePerson(ResponsiblePerson.of("Петренко Іван", "opendata@kr-rada.gov.ua"))
                .publisher(new Publisher(ORG_TITLE, "04055009"))
                .distributions(dist)
                .datasetUrl(dist.get(0).url())
                .formats(dist.stream().map(Distribution::format).distinct().toList())
                .structure(i % 4 == 0 ? DataStructure.link(base + "/structure.json") : null)
                .build();
    }

    void add(Passport p) {
        entries.add(RegisterEntry.builder()
                .identifier(p.identifier())
                .title(p.title())
                .description(p.description())
                .purpose(p.purpose())
                .accrualPeriodicity(p.updateFrequency())
                .keywords(p.keywords())
                .distributionFormats(p.formats())
                .publisher(p.publisher())
                .contactPoint(p.responsiblePerson())
                .landingPage(p.landingPage())
                .build());
        passports.put(p.identifier(), p);
    }

    void replace(Passport p) {
        passports.put(p.identifier(), p);
    }

    Register register() {
        return Register.of(entries);
    }
}
