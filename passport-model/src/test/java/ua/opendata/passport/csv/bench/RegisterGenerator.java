package ua.opendata.passport.csv.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import ua.opendata.passport.Register;
import ua.opendata.passport.csv.RegisterCsvWriter;

/**
 * Writes a generated register CSV (seeded, reproducible: the same file for the same arguments) for
 * the {@code opendata validate} benchmark ({@code cli/bench/validate-register.sh}): a municipality's
 * register as {@link RegisterCsvBenchmark#generate(int, Random, int, int)} makes it, written as Excel
 * exports it ({@code ;}, BOM, CRLF). With the defaults, 100,000 rows of about 49 MB (rows of about 490 bytes), near the 46 MB of the
 * register issue 13 measured. Not a test; never run by {@code ./mvnw verify}.
 *
 * <p>Arguments: the file, then optionally rows (100000), title length (30) and description length (20)
 * in characters.
 */
public final class RegisterGenerator {
    private RegisterGenerator() {
    }

    /**
     * Writes the register.
     *
     * @param args file [rows [title length [description length]]]
     * @throws Exception when the file cannot be written
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int title = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int description = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Register full = RegisterCsvBenchmark.generate(rows, new Random(835), title, description);
        // a shorter purpose than the CSV benchmark's (the legal basis alone): rows of about 490 bytes
        Register register = Register.of(full.entries().stream()
                .map(e -> e.toBuilder().purpose("Постанова КМУ № 835").build()).toList());
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        RegisterCsvWriter.builder().delimiter(';').build().write(register, file);
        System.out.printf("%s: %,d rows, %,d bytes%n", file, rows, Files.size(file));
    }
}
