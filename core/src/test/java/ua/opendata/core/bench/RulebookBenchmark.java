package ua.opendata.core.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.ValidationReport;
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
import ua.opendata.passport.UpdateFrequency;

/**
 * Harness: validate a register of N entries, each with a passport, and report entries per second
 * and peak heap. Run it as documented in {@code core/BENCHMARKS.md}; it is not a unit test.
 *
 * <p>Arguments: {@code [entries=100000] [runs=5]}.
 */
public final class RulebookBenchmark {

    private RulebookBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Register register = register(n);
        Map<String, Passport> passports = passports(register);
        Rulebook rulebook = Rulebook.create(RulebookConfig.builder()
                .clock(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC)).build());
        // Warm-up on a smaller register so the JIT has compiled the hot paths.
        Register warm = Register.of(register.entries().subList(0, Math.min(n, 20_000)));
        for (int i = 0; i < 3; i++) {
            rulebook.validate(warm, passports);
        }
        System.gc();
        resetPeaks();
        double[] rates = new double[runs];
        ValidationReport last = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = rulebook.validate(register, passports);
            long t1 = System.nanoTime();
            rates[i] = n / ((t1 - t0) / 1e9);
        }
        Arrays.sort(rates);
        System.out.printf("entries=%d runs=%d processors=%d maxHeap=%dMB%n", n, runs,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("validate: median %.0f entries/s, best %.0f, worst %.0f%n", rates[runs / 2],
                rates[runs - 1], rates[0]);
        System.out.printf("findings=%d kpi=%.3f%n", last.findings().size(), last.kpi());
        System.out.printf("peak heap (incl. the %d-entry register and passports held in memory): %d MB%n", n,
                peakHeapBytes() >> 20);
    }

    static Register register(int n) {
        List<RegisterEntry> entries = new ArrayList<>(n);
        Publisher publisher = new Publisher("Щастинська міська військова адміністрація", "44591028");
        for (int i = 0; i < n; i++) {
            boolean defect = i % 10 == 0;
            entries.add(RegisterEntry.builder()
                    .identifier("ds-" + i)
                    .title("Набір даних про об’єкти комунальної власності громади № " + i)
                    .description("Перелік об’єктів комунальної власності з адресами, площами та балансоутримувачами. "
                            + "Набір не містить інформації з обмеженим доступом. Запис " + i)
                    .accrualPeriodicity(defect ? UpdateFrequency.parse("unscheduled")
                            : UpdateFrequency.of(Frequency.ONCE_A_QUARTER))
                    .keywords(List.of("комунальна власність", "майно", "оренда"))
                    .purpose("Закон України «Про доступ до публічної інформації»; постанова КМУ № 835")
                    .landingPage("https://data.gov.ua/dataset/ds-" + i)
                    .distributionFormats(defect ? List.of(DataFormat.parse("pdf"))
                            : List.of(DataFormat.of(KnownFormat.CSV), DataFormat.parse("xlxs")))
                    .publisher(i % 50 == 0 ? new Publisher(publisher.name(), "44591082") : publisher)
                    .contactPoint(ResponsiblePerson.of("Коваленко Олена Петрівна",
                            i % 33 == 0 ? "o.kovalenko@city,gov.ua" : "o.kovalenko@shchastia-sample.gov.ua"))
                    .status(EntryStatus.PUBLISHED)
                    .annexDataset("local-self-government:" + (1 + i % 57))
                    .nextUpdateDue(LocalDate.parse(i % 7 == 0 ? "2026-06-30" : "2026-12-31"))
                    .build());
        }
        return Register.of(entries);
    }

    static Map<String, Passport> passports(Register register) {
        Map<String, Passport> out = new HashMap<>();
        for (RegisterEntry e : register.entries()) {
            String id = e.identifier();
            out.put(id, Passport.builder()
                    .identifier(id).title(e.title()).description(e.description()).purpose(e.purpose()).language("uk")
                    .formats(e.distributionFormats())
                    .firstPublished(OffsetDateTime.parse("2024-01-15T09:00:00+02:00"))
                    .lastModified(OffsetDateTime.parse(id.endsWith("3") ? "2026-05-01T12:00:00+03:00"
                            : "2026-10-01T12:00:00+03:00"))
                    .dataAsOf(LocalDate.parse("2026-04-30"))
                    .updateFrequency(e.accrualPeriodicity()).keywords(e.keywords())
                    .datasetUrl(e.landingPage() + "/resource/data.csv")
                    .structure(new DataStructure(e.landingPage() + "/resource/structure.csv",
                            List.of(new StructureField("id", "Ідентифікатор", null, "string", true))))
                    .publisher(e.publisher()).responsiblePerson(e.contactPoint())
                    .addDistribution(new Distribution(null, e.landingPage() + "/resource/data.csv",
                            DataFormat.of(KnownFormat.CSV), null, "text/csv", 2048L))
                    .landingPage(e.landingPage())
                    .build());
        }
        return out;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
