package ua.opendata.core.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import ua.opendata.core.content.ContentChecker;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.content.ContentReport;
import ua.opendata.core.internal.content.CellRules;
import ua.opendata.passport.DataStructure;
import ua.opendata.passport.StructureField;

/**
 * Harness: the content check of a large generated CSV in a small heap, in MB/s. Run it as
 * documented in {@code core/BENCHMARKS.md} (with {@code -Xmx128m}); it is not a unit test.
 *
 * <p>Arguments: {@code [file=core/target/bench/content-1g.csv] [megabytes=1024] [runs=3] [structure|shape]}:
 * {@code structure} (the default) checks every cell against the structure, {@code shape} checks
 * encoding and row widths only (no structure), the same work as {@code csvclean}. The file
 * is generated once (seeded, so always the same bytes) when it does not exist, and kept under
 * {@code target/}, out of git. Columns: an integer id, an EDRPOU code with its check digit, a name
 * in Ukrainian, an ISO date, an amount, a link and a required status; about one row in 10,000 has
 * a bad date and one in 20,000 an empty required cell, so the problem path is exercised too.
 */
public final class ContentCheckerBenchmark {

    private ContentCheckerBenchmark() {
    }

    /** The structure the generated file follows. */
    static DataStructure structure() {
        return new DataStructure(null, List.of(
                new StructureField("id", null, null, "integer", true),
                new StructureField("edrpou", null, null, "edrpou", true),
                new StructureField("name", null, null, "string", true),
                new StructureField("date", null, null, "date", true),
                new StructureField("amount", null, null, "decimal", false),
                new StructureField("url", null, null, "anyURI", false),
                new StructureField("status", null, null, "string", true)));
    }

    public static void main(String[] args) throws IOException {
        Path file = Paths.get(args.length > 0 ? args[0] : "core/target/bench/content-1g.csv");
        long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 1024;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        boolean shapeOnly = args.length > 3 && args[3].equals("shape");
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            generate(file, megabytes * 1024 * 1024);
            System.out.printf("generated %s (%,d bytes) in %.1f s%n", file, Files.size(file),
                    (System.nanoTime() - t0) / 1e9);
        }
        long size = Files.size(file);
        ContentChecker checker = ContentChecker.builder().maxProblemsKept(1000).build();
        @Nullable DataStructure structure = shapeOnly ? null : structure();
        System.out.printf("file %s, %,d bytes, max heap %,d MB, %s%n", file, size,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), shapeOnly ? "shape only" : "against the structure");
        double[] rates = new double[runs];
        double[] cpuRates = new double[runs];
        ContentReport last = null;
        for (int i = 0; i < runs; i++) {
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            last = structure == null ? checker.check(file) : checker.check(file, structure);
            double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            double seconds = (System.nanoTime() - t0) / 1e9;
            rates[i] = size / 1e6 / seconds;
            cpuRates[i] = size / 1e6 / cpuSeconds;
            System.out.printf("run %d: %.1f s wall, %.1f s CPU, %.1f MB/s wall, %.1f MB per CPU-second, %,d rows, "
                    + "%,d problems, peak heap %,d MB%n", i + 1, seconds, cpuSeconds, rates[i], cpuRates[i],
                    last.rows(), last.totalProblems(), peakHeap() / (1024 * 1024));
        }
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        System.out.printf("CPU: median %.1f MB per CPU-second, best %.1f, worst %.1f%n", cpuRates[runs / 2],
                cpuRates[runs - 1], cpuRates[0]);
        System.out.printf("median %.1f MB/s, best %.1f, worst %.1f (MB = 10^6 bytes); problems by code %s%n",
                rates[runs / 2], rates[runs - 1], rates[0], last == null ? "-" : last.problemCounts());
    }

    /** Writes about {@code bytes} bytes of CSV; seeded, so the same file every time. */
    static void generate(Path file, long bytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Random random = new Random(835);
        List<String> codes = validEdrpou(random, 500);
        String[] names = {"Департамент освіти і науки", "Управління охорони здоров'я", "КП \"Київтеплоенерго\"",
            "Відділ культури, туризму та спорту", "Сільська рада", "ТОВ «Альфа»; філія 2"};
        String[] statuses = {"чинний", "припинений", "не застосовується"};
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        long written = 0;
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp),
                StandardCharsets.UTF_8), 1 << 16)) {
            String header = "id,edrpou,name,date,amount,url,status\n";
            w.write(header);
            written += header.length();
            StringBuilder row = new StringBuilder(256);
            for (long id = 1; written < bytes; id++) {
                row.setLength(0);
                row.append(id).append(',').append(codes.get(random.nextInt(codes.size()))).append(',');
                String name = names[random.nextInt(names.length)];
                if (name.indexOf(',') >= 0 || name.indexOf('"') >= 0 || name.indexOf(';') >= 0) {
                    row.append('"').append(name.replace("\"", "\"\"")).append('"');
                } else {
                    row.append(name);
                }
                row.append(',');
                if (id % 10_000 == 7) {
                    row.append("31.12.2025");
                } else {
                    row.append(2000 + random.nextInt(27)).append('-').append(pad(1 + random.nextInt(12))).append('-')
                            .append(pad(1 + random.nextInt(28)));
                }
                row.append(',').append(random.nextInt(1_000_000)).append('.').append(pad(random.nextInt(100)));
                row.append(",https://data.gov.ua/dataset/").append(Long.toHexString(random.nextLong())).append(',');
                if (id % 20_000 != 11) {
                    row.append(statuses[random.nextInt(statuses.length)]);
                }
                row.append('\n');
                w.append(row);
                written += utf8Length(row);
            }
        }
        Files.move(tmp, file);
    }

    private static List<String> validEdrpou(Random random, int n) {
        List<String> codes = new ArrayList<>();
        while (codes.size() < n) {
            String candidate = String.format("%08d", random.nextInt(100_000_000));
            if (CellRules.check(CellRules.Kind.EDRPOU, true, candidate) == null) {
                codes.add(candidate);
            }
        }
        return codes;
    }

    private static String pad(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return n;
    }

    /** The CPU time of the whole process (all threads: GC and JIT included), as {@code time} counts it. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
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
