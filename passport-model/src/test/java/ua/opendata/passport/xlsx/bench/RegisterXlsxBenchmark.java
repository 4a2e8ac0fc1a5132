package ua.opendata.passport.xlsx.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import ua.opendata.passport.Register;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.csv.RegisterCsvWriter;
import ua.opendata.passport.csv.bench.RegisterCsvBenchmark;
import ua.opendata.passport.xlsx.RegisterXlsxReader;
import ua.opendata.passport.xlsx.RegisterXlsxWriter;

/**
 * A plain {@code main} harness (not a unit test: it never runs during {@code verify}) that writes the
 * same generated register as CSV and as XLSX, then reads both alternately in the same JVM and prints
 * rows per second, peak heap and the XLSX/CSV ratio. See {@code passport-model/BENCHMARKS.md}.
 *
 * <p>Arguments (all optional): rows (100000), iterations (5), directory (target).
 */
public final class RegisterXlsxBenchmark {

    private RegisterXlsxBenchmark() {
    }

    /** Runs the benchmark; see the class description for the arguments. */
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Path.of(args.length > 2 ? args[2] : "target");
        Files.createDirectories(dir);
        Path csv = dir.resolve("bench-register.csv");
        Path xlsx = dir.resolve("bench-register.xlsx");
        System.out.printf("JVM %s, max heap %d MiB, processors %d%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        {
            Register register = RegisterCsvBenchmark.generate(rows, new Random(835));
            RegisterCsvWriter.builder().delimiter(';').build().write(register, csv);
            long c0 = cpu();
            RegisterXlsxWriter.defaults().write(register, xlsx);
            System.out.printf("xlsx write: %,.0f rows/s of process CPU time%n", rows / ((cpu() - c0) / 1e9));
        }
        System.out.printf("files: %,d rows; CSV %,d bytes, XLSX %,d bytes%n", rows, Files.size(csv), Files.size(xlsx));
        RegisterCsvReader csvReader = RegisterCsvReader.builder().maxFileBytes(1L << 30).build();
        RegisterXlsxReader xlsxReader = RegisterXlsxReader.builder().maxFileBytes(1L << 30)
                .maxUncompressedBytes(4L << 30).build();
        double[] csvRates = new double[iterations];
        double[] xlsxRates = new double[iterations];
        long csvPeak = 0;
        long xlsxPeak = 0;
        for (int i = 0; i < iterations; i++) {
            collect();
            resetPeaks();
            long c0 = cpu();
            int n = csvReader.read(csv).register().size();
            csvRates[i] = check(n, rows) / ((cpu() - c0) / 1e9);
            csvPeak = Math.max(csvPeak, peakHeap());
            collect();
            resetPeaks();
            c0 = cpu();
            n = xlsxReader.read(xlsx).register().size();
            xlsxRates[i] = check(n, rows) / ((cpu() - c0) / 1e9);
            xlsxPeak = Math.max(xlsxPeak, peakHeap());
            System.out.printf("  #%d: CSV %,.0f rows/s, XLSX %,.0f rows/s of process CPU time%n", i + 1, csvRates[i],
                    xlsxRates[i]);
        }
        double csvMedian = median(csvRates);
        double xlsxMedian = median(xlsxRates);
        System.out.printf("read CSV:  median %,.0f rows/s, best %,.0f; peak heap %.1f MiB%n", csvMedian, max(csvRates),
                csvPeak / 1048576.0);
        System.out.printf("read XLSX: median %,.0f rows/s, best %,.0f; peak heap %.1f MiB%n", xlsxMedian,
                max(xlsxRates), xlsxPeak / 1048576.0);
        System.out.printf("XLSX / CSV: %.2f of the CSV reader's rate (median), %.2f of its peak heap%n",
                xlsxMedian / csvMedian, (double) xlsxPeak / csvPeak);
    }

    private static int check(int read, int rows) {
        if (read != rows) {
            throw new IllegalStateException("read " + read + " rows, expected " + rows);
        }
        return read;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }

    /** CPU time of the whole process (GC and JIT included). */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void collect() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the reset: an upper bound, as the pools peak at different moments. */
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
