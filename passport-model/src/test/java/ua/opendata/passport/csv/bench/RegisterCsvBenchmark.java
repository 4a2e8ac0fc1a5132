package ua.opendata.passport.csv.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.Frequency;
import ua.opendata.passport.KnownFormat;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.UpdateFrequency;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.csv.RegisterCsvWriter;
import ua.opendata.passport.csv.RegisterReadResult;

/**
 * A plain {@code main} harness (not a unit test: it never runs during {@code verify}) that writes
 * and reads a generated register and prints rows per second and peak heap. See
 * {@code passport-model/BENCHMARKS.md} for the command and the figures.
 *
 * <p>Arguments (all optional): rows (100000), iterations (5), file (target/bench-register.csv).
 */
public final class RegisterCsvBenchmark {

    private static final String[] WORDS = ("реєстр перелік дані відомості бюджет міська рада громада об’єкт "
            + "комунальна власність оренда земельні ділянки договори ліцензії дозволи транспорт маршрути "
            + "зупинки освіта заклади дошкільної загальної середньої охорона здоров’я аптеки укриття "
            + "захисні споруди адреси будинків вулиці перейменування депутати звернення громадян "
            + "закупівлі тендери енергоспоростання лічильники тепло вода водопостачання відходи сміття "
            + "паркування штрафи реклама вивіски торгівля ринки кіоски культура бібліотеки музеї спорт "
            + "майданчики ветерани пільговики соціальні виплати допомога переселенці ЦНАП послуги").split(" ");

    private RegisterCsvBenchmark() {
    }

    /** Runs the benchmark; see the class description for the arguments. */
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path file = Path.of(args.length > 2 ? args[2] : "target/bench-register.csv");
        Files.createDirectories(file.toAbsolutePath().getParent());
        System.out.printf("JVM %s, max heap %d MiB, processors %d%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

        double[] writeRates = write(rows, iterations, file);
        long bytes = Files.size(file);
        System.out.printf("file: %,d rows, %,d bytes (%.1f MiB), %.0f bytes/row%n", rows, bytes, bytes / 1048576.0,
                (double) bytes / rows);
        report("write", writeRates);

        collect();
        resetPeaks();
        long before = usedHeap();
        double[] readRates = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            collect(); // each read starts from a collected heap, like an application that reads the register once
            readRates[i] = readOnce(file, rows, i + 1);
        }
        collect();
        long retained = retainedAfterRead(file, rows) - before;
        report("read", readRates);
        System.out.printf("read phase: peak heap %.1f MiB (sum of per-pool peaks, an upper bound), "
                + "register retained after read %.1f MiB%n", peakHeap() / 1048576.0, retained / 1048576.0);
    }

    /** One timed read; the register is dropped when this returns, before the next read starts. */
    private static double readOnce(Path file, int rows, int iteration) {
        RegisterCsvReader reader = RegisterCsvReader.builder().maxFileBytes(1L << 30).build();
        long c0 = cpu();
        long g0 = gcMillis();
        long t0 = System.nanoTime();
        RegisterReadResult r = reader.read(file);
        long t1 = System.nanoTime();
        long c1 = cpu();
        long g1 = gcMillis();
        if (r.register().size() != rows) {
            throw new IllegalStateException("read " + r.register().size() + " rows, expected " + rows);
        }
        double rate = rows / ((c1 - c0) / 1e9);
        System.out.printf("  read  #%d: %,.0f rows/s of process CPU time (%,d ms CPU, %,d ms wall, %,d ms in GC)%n",
                iteration, rate, (c1 - c0) / 1_000_000, (t1 - t0) / 1_000_000, g1 - g0);
        return rate;
    }

    /** Reads once more and measures the heap still used while the register is held. */
    private static long retainedAfterRead(Path file, int rows) {
        RegisterReadResult r = RegisterCsvReader.builder().maxFileBytes(1L << 30).build().read(file);
        collect();
        long used = usedHeap();
        if (r.register().size() != rows) {
            throw new IllegalStateException("read " + r.register().size() + " rows, expected " + rows);
        }
        return used;
    }

    private static double[] write(int rows, int iterations, Path file) {
        Register register = generate(rows, new Random(835));
        collect();
        System.out.printf("generated register retained: %.1f MiB%n", usedHeap() / 1048576.0);
        RegisterCsvWriter writer = RegisterCsvWriter.builder().delimiter(';').build();
        double[] rates = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            collect();
            long c0 = cpu();
            long t0 = System.nanoTime();
            writer.write(register, file);
            long t1 = System.nanoTime();
            long c1 = cpu();
            rates[i] = rows / ((c1 - c0) / 1e9);
            System.out.printf("  write #%d: %,.0f rows/s of process CPU time (%,d ms CPU, %,d ms wall)%n", i + 1,
                    rates[i], (c1 - c0) / 1_000_000, (t1 - t0) / 1_000_000);
        }
        return rates;
    }

    private static void report(String what, double[] rates) {
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: best %,.0f rows/s, median %,.0f rows/s (first iteration %,.0f, includes JIT warm-up)%n",
                what, sorted[sorted.length - 1], sorted[sorted.length / 2], rates[0]);
    }

    /** A municipality's register: one publisher, a few contacts, Cyrillic text, some cells that need quotes. */
    public static Register generate(int rows, Random random) {
        return generate(rows, random, 80, 300);
    }

    /**
     * A municipality's register as {@link #generate(int, Random)} makes it, with titles and descriptions
     * of about the lengths given (in characters; a description of 150 or more gets the quoted note).
     */
    public static Register generate(int rows, Random random, int titleLength, int descriptionLength) {
        Publisher publisher = new Publisher("Виконавчий комітет Житомирської міської ради", "04053625");
        List<ResponsiblePerson> contacts = List.of(
                ResponsiblePerson.of("Коваленко Олена Петрівна", "o.kovalenko@zt-rada.gov.ua"),
                ResponsiblePerson.of("Шевчук Андрій Іванович", "a.shevchuk@zt-rada.gov.ua"),
                ResponsiblePerson.of("Мельник Ірина Олегівна", "i.melnyk@zt-rada.gov.ua"));
        List<List<DataFormat>> formats = List.of(List.of(DataFormat.of(KnownFormat.CSV)),
                List.of(DataFormat.of(KnownFormat.CSV), DataFormat.of(KnownFormat.JSON)),
                List.of(DataFormat.of(KnownFormat.XLSX)), List.of(DataFormat.parse("xlxs")));
        Frequency[] frequencies = Frequency.values();
        List<RegisterEntry> entries = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            String description = text(random, descriptionLength);
            if (i % 10 == 0 && description.length() >= 150) {
                description = description.substring(0, 150) + "; примітка: \"див. додаток\"\r\n" + description.substring(150);
            }
            entries.add(RegisterEntry.builder()
                    .identifier("zt-" + (100000 + i))
                    .title(text(random, titleLength))
                    .description(description)
                    .accrualPeriodicity(UpdateFrequency.of(frequencies[random.nextInt(frequencies.length)]))
                    .keywords(List.of(WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)],
                            WORDS[random.nextInt(WORDS.length)]))
                    .purpose("Постанова КМУ № 835 від 21.10.2015, рішення виконкому № " + random.nextInt(1000))
                    .landingPage("https://data.gov.ua/dataset/zt-" + (100000 + i))
                    .distributionFormats(formats.get(random.nextInt(formats.size())))
                    .publisher(publisher)
                    .contactPoint(contacts.get(random.nextInt(contacts.size())))
                    .status(EntryStatus.values()[random.nextInt(EntryStatus.values().length)])
                    .annexDataset(i % 3 == 0 ? "all-holders:" + random.nextInt(20) : null)
                    .responsiblePerson(contacts.get(random.nextInt(contacts.size())).fullName())
                    .nextUpdateDue(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(730)))
                    .build());
        }
        return Register.of(entries);
    }

    private static String text(Random random, int length) {
        StringBuilder b = new StringBuilder(length + 16);
        while (b.length() < length) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(WORDS[random.nextInt(WORDS.length)]);
        }
        b.setLength(length);
        return b.toString().strip();
    }

    /**
     * CPU time of the whole process (all threads: GC and JIT included), so that the figure is the
     * cost on one core even when other processes share the machine.
     */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long gcMillis() {
        long sum = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    private static void collect() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
