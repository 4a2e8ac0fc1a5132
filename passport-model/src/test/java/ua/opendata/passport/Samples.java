package ua.opendata.passport;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Real-looking test data: a dataset of the Shchastia city military administration. The EDRPOU code
 * 44536124 is illustrative: it passes the check digit but is not claimed to be the administration's
 * real code.
 */
public final class Samples {

    public static final String EDRPOU = "44536124";
    public static final String PUBLISHER_NAME = "Щастинська міська військова адміністрація Щастинського району"
            + " Луганської області";

    private Samples() {
    }

    public static Publisher publisher() {
        return new Publisher(PUBLISHER_NAME, EDRPOU);
    }

    public static ResponsiblePerson person() {
        return new ResponsiblePerson("Коваленко Олена Петрівна", "opendata@shchastia-vca.gov.ua",
                "головний спеціаліст відділу цифрового розвитку",
                new DesignationOrder("45-од", LocalDate.of(2024, 2, 12),
                        "https://shchastia-vca.gov.ua/docs/nakaz-45-od.pdf"));
    }

    /** A passport with every element filled, dirty values included. */
    public static Passport fullPassport() {
        return Passport.builder()
                .identifier("44536124-0006")
                .title("Реєстр наборів даних, що перебувають у володінні Щастинської МВА")
                .description("Перелік наборів відкритих даних, які перебувають у володінні Щастинської міської "
                        + "військової адміністрації, з посиланнями на паспорти. Інформація з обмеженим доступом "
                        + "(службова) не включається.")
                .purpose("Постанова КМУ від 21.10.2015 № 835 «Про затвердження Положення про набори даних, "
                        + "які підлягають оприлюдненню у формі відкритих даних»")
                .language("uk")
                .addFormat(DataFormat.of(KnownFormat.CSV))
                .addFormat(DataFormat.parse("xlxs"))
                .addFormat(DataFormat.parse(".сsv"))
                .compression(DataFormat.parse("ZIP"))
                .firstPublished(OffsetDateTime.of(2023, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(2)))
                .lastModified(OffsetDateTime.of(2024, 7, 15, 16, 5, 42, 123_000_000, ZoneOffset.ofHours(3)))
                .dataAsOf(LocalDate.of(2024, 7, 1))
                .updateFrequency(UpdateFrequency.parse("once a month”"))
                .keywords(List.of("реєстр", "набори даних", "відкриті дані", "Щастя"))
                .datasetUrl("https://data.gov.ua/dataset/registr-naboriv-danykh/resource/reiestr.csv")
                .structure(new DataStructure("https://shchastia-vca.gov.ua/opendata/struktura-reiestru.json",
                        List.of(new StructureField("identifier", "Ідентифікатор", "Унікальний номер набору", "string",
                                        true),
                                new StructureField("title", "Назва", null, "string", true),
                                new StructureField("accrualPeriodicity", null, null, null, false))))
                .publisher(publisher())
                .responsiblePerson(person())
                .addDistribution(new Distribution("Реєстр наборів даних (CSV)",
                        "https://data.gov.ua/dataset/registr-naboriv-danykh/resource/reiestr.csv",
                        DataFormat.parse("text/csv; charset=utf-8"), null, "text/csv", 18_432L))
                .addDistribution(new Distribution("Архів за 2023 рік",
                        "https://shchastia-vca.gov.ua/opendata/reiestr-2023.zip", DataFormat.parse("ZIP"),
                        DataFormat.parse("zip"), "application/zip", 1_048_576L))
                .addDistribution(Distribution.of("https://міськрада.укр/dani/реєстр.xlsx", DataFormat.parse("xlxs")))
                .landingPage("https://data.gov.ua/dataset/registr-naboriv-danykh")
                .previousVersionsUrl("https://shchastia-vca.gov.ua/opendata/arkhiv")
                .putExtra("Примітка", "Оновлюється після кожного засідання")
                .putExtra("internalCode", "ЦР-06")
                .build();
    }

    /** A register of two entries with an extra column. */
    public static Register register() {
        RegisterEntry first = RegisterEntry.builder()
                .identifier("44536124-0006")
                .title("Реєстр наборів даних, що перебувають у володінні Щастинської МВА")
                .description("Перелік наборів відкритих даних Щастинської МВА")
                .accrualPeriodicity(Frequency.ONCE_A_MONTH)
                .keywords(List.of("реєстр", "набори даних"))
                .purpose("Постанова КМУ від 21.10.2015 № 835")
                .landingPage("https://data.gov.ua/dataset/registr-naboriv-danykh")
                .distributionFormats(List.of(DataFormat.of(KnownFormat.CSV), DataFormat.parse("xlxs")))
                .publisher(publisher())
                .contactPoint(ResponsiblePerson.of("Коваленко Олена Петрівна", "opendata@shchastia-vca.gov.ua"))
                .status(EntryStatus.PUBLISHED)
                .annexDataset("all-holders:6")
                .responsiblePerson("Коваленко О. П.")
                .nextUpdateDue(LocalDate.of(2024, 8, 15))
                .putExtraColumn("Примітка", "ключовий набір")
                .build();
        RegisterEntry second = RegisterEntry.builder()
                .identifier("44536124-0031")
                .title("Перелік об’єктів комунальної власності")
                .accrualPeriodicity(UpdateFrequency.parse("More then a day"))
                .distributionFormats(List.of(DataFormat.parse("foo")))
                .publisher(new Publisher(PUBLISHER_NAME, null))
                .contactPoint(ResponsiblePerson.of(null, null))
                .status(EntryStatus.RESTRICTED)
                .annexDataset("Перелік об'єктів комунальної власності")
                .restriction(new Restriction("Постанова КМУ № 263 від 12.03.2022", LocalDate.of(2022, 3, 12)))
                .build();
        return new Register(List.of(first, second), List.of("Примітка", "Відділ"));
    }
}
