package ua.opendata.core.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.DataStructure;
import ua.opendata.passport.Distribution;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.Frequency;
import ua.opendata.passport.KnownFormat;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.StructureField;
import ua.opendata.passport.annex.AnnexCatalogue;
import ua.opendata.passport.annex.AnnexDataset;

/**
 * A register with passports that passes every rule: one published entry per mandatory dataset of
 * the two sections that bind a city council, each with a complete passport. Tests change one thing
 * and expect exactly the rule that thing breaks.
 */
record Scenario(List<RegisterEntry> entries, Map<String, Passport> passports, RulebookConfig.Builder config) {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Publisher PUBLISHER = new Publisher("Щастинська міська військова адміністрація", "44591028");
    static final ResponsiblePerson PERSON = ResponsiblePerson.of("Коваленко Олена Петрівна",
            "o.kovalenko@shchastia-sample.gov.ua");

    static Scenario valid() {
        List<RegisterEntry> entries = new ArrayList<>();
        Map<String, Passport> passports = new LinkedHashMap<>();
        AnnexCatalogue annex = AnnexCatalogue.bundled();
        for (String section : List.of(AnnexCatalogue.ALL_HOLDERS, AnnexCatalogue.LOCAL_SELF_GOVERNMENT)) {
            for (AnnexDataset ds : annex.section(section).orElseThrow().datasets()) {
                String id = "ds-" + ds.sectionCode() + "-" + ds.position();
                entries.add(entry(id, ds.ref()));
                passports.put(id, passport(id));
            }
        }
        RulebookConfig.Builder config = RulebookConfig.builder()
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .textDatasets(java.util.Set.of());
        return new Scenario(entries, passports, config);
    }

    static RegisterEntry entry(String id, String annexRef) {
        return RegisterEntry.builder()
                .identifier(id)
                .title("Набір даних " + id)
                .description("Опис набору " + id + ". Інформації з обмеженим доступом не містить.")
                .accrualPeriodicity(Frequency.ONCE_A_QUARTER)
                .keywords(List.of("відкриті дані", "громада"))
                .purpose("Постанова КМУ № 835 від 21.10.2015")
                .landingPage("https://data.gov.ua/dataset/" + id)
                .distributionFormats(List.of(DataFormat.of(KnownFormat.CSV)))
                .publisher(PUBLISHER)
                .contactPoint(PERSON)
                .status(EntryStatus.PUBLISHED)
                .annexDataset(annexRef)
                .nextUpdateDue(LocalDate.parse("2026-12-31"))
                .build();
    }

    static Passport passport(String id) {
        return Passport.builder()
                .identifier(id)
                .title("Набір даних " + id)
                .description("Опис набору " + id + ". Інформації з обмеженим доступом не містить.")
                .purpose("Постанова КМУ № 835 від 21.10.2015")
                .language("uk")
                .addFormat(DataFormat.of(KnownFormat.CSV))
                .firstPublished(OffsetDateTime.parse("2024-01-15T09:00:00+02:00"))
                .lastModified(OffsetDateTime.parse("2026-10-01T12:00:00+03:00"))
                .dataAsOf(LocalDate.parse("2026-09-30"))
                .updateFrequency(Frequency.ONCE_A_QUARTER)
                .keywords(List.of("відкриті дані", "громада"))
                .datasetUrl("https://data.gov.ua/dataset/" + id + "/resource/data.csv")
                .structure(new DataStructure("https://data.gov.ua/dataset/" + id + "/resource/structure.csv",
                        List.of(new StructureField("id", "Ідентифікатор", null, "string", true))))
                .publisher(PUBLISHER)
                .responsiblePerson(PERSON)
                .addDistribution(new Distribution("Дані", "https://data.gov.ua/dataset/" + id + "/resource/data.csv",
                        DataFormat.of(KnownFormat.CSV), null, "text/csv", 1024L))
                .landingPage("https://data.gov.ua/dataset/" + id)
                .build();
    }

    String firstId() {
        return entries.get(0).identifier();
    }

    /** The scenario with the first entry changed. */
    Scenario entry(UnaryOperator<RegisterEntry.Builder> change) {
        return entryAt(0, change);
    }

    Scenario entryAt(int index, UnaryOperator<RegisterEntry.Builder> change) {
        List<RegisterEntry> copy = new ArrayList<>(entries);
        copy.set(index, change.apply(copy.get(index).toBuilder()).build());
        return new Scenario(copy, passports, config);
    }

    /** The scenario with the entry fulfilling {@code annexRef} changed. */
    Scenario annexEntry(String annexRef, UnaryOperator<RegisterEntry.Builder> change) {
        for (int i = 0; i < entries.size(); i++) {
            if (annexRef.equals(entries.get(i).annexDataset())) {
                return entryAt(i, change);
            }
        }
        throw new IllegalArgumentException(annexRef);
    }

    Scenario withoutAnnexEntry(String annexRef) {
        List<RegisterEntry> copy = new ArrayList<>(entries);
        copy.removeIf(e -> annexRef.equals(e.annexDataset()));
        return new Scenario(copy, passports, config);
    }

    /** The scenario with the first entry's passport changed. */
    Scenario passport(UnaryOperator<Passport.Builder> change) {
        Map<String, Passport> copy = new LinkedHashMap<>(passports);
        copy.put(firstId(), change.apply(copy.get(firstId()).toBuilder()).build());
        return new Scenario(entries, copy, config);
    }

    Scenario config(UnaryOperator<RulebookConfig.Builder> change) {
        return new Scenario(entries, passports, change.apply(config));
    }

    ValidationReport validate() {
        return Rulebook.create(config.build()).validate(Register.of(entries), passports);
    }
}
