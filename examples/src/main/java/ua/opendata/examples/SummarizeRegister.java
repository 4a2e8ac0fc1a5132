/*
 * Example and main job: read a register of datasets (CSV as Excel exports it), check its
 * structure, and print a summary: entries by status, update frequencies and formats as
 * recognised, and coverage of the Resolution-835 annex.
 *
 *   java -jar examples/target/opendata.jar                      # the bundled sample register
 *   java -jar examples/target/opendata.jar my-register.csv --lang uk
 *
 * Exit codes: 0 read and summarised; 1 the register has structural problems (each is listed with
 * file:row:column); 2 wrong usage; 3 the file could not be read.
 */
package ua.opendata.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import ua.opendata.passport.PassportException;
import ua.opendata.passport.annex.AnnexCatalogue;
import ua.opendata.passport.csv.CsvProblem;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.csv.RegisterFormatException;
import ua.opendata.passport.csv.RegisterReadResult;
import ua.opendata.passport.sample.SampleRegister;

/** The main job: summarise a register of datasets. */
public final class SummarizeRegister {

    /** Exit code: read and summarised. */
    public static final int OK = 0;
    /** Exit code: the register has structural problems. */
    public static final int REGISTER_PROBLEMS = 1;
    /** Exit code: wrong usage. */
    public static final int USAGE = 2;
    /** Exit code: the file could not be read. */
    public static final int IO_ERROR = 3;

    private SummarizeRegister() {
    }

    /** Runs the job and exits with its code. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the job, printing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Locale locale = Locale.getDefault();
        Path file = null;
        Set<String> sections = new LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--lang") && i + 1 < args.length) {
                locale = Locale.forLanguageTag(args[++i]);
            } else if (a.equals("--section") && i + 1 < args.length) {
                sections.add(args[++i]);
            } else if (a.equals("-h") || a.equals("--help")) {
                out.print(usage());
                return OK;
            } else if (a.startsWith("-")) {
                err.println("Unknown option " + a + " / Невідомий параметр " + a);
                err.print(usage());
                return USAGE;
            } else if (file == null) {
                file = Path.of(a);
            } else {
                err.println("Only one register file can be given / Можна вказати лише один файл реєстру");
                return USAGE;
            }
        }
        if (sections.isEmpty()) {
            sections.add(AnnexCatalogue.ALL_HOLDERS);
            sections.add(AnnexCatalogue.LOCAL_SELF_GOVERNMENT);
        }
        AnnexCatalogue annex = AnnexCatalogue.bundled();
        for (String code : sections) {
            if (annex.section(code).isEmpty()) {
                err.println("Unknown annex section '" + code + "'; known: " + annex.sections().stream()
                        .map(s -> s.code()).toList() + " / Невідомий розділ додатка");
                return USAGE;
            }
        }
        boolean uk = "uk".equals(locale.getLanguage());
        RegisterCsvReader reader = RegisterCsvReader.defaults();
        String source;
        RegisterReadResult result;
        try {
            if (file == null) {
                source = SampleRegister.CSV_FILE_NAME + (uk ? " (вбудований ЗРАЗОК)" : " (bundled SAMPLE)");
                try (InputStream in = SampleRegister.openCsv()) {
                    result = reader.read(in, SampleRegister.CSV_FILE_NAME);
                }
            } else {
                source = file.toString();
                result = reader.read(file);
            }
        } catch (RegisterFormatException e) {
            err.println(uk ? "Реєстр має помилки структури (" + e.problems().size() + "):"
                    : "The register has structural problems (" + e.problems().size() + "):");
            for (CsvProblem p : e.problems()) {
                err.println("  " + p.source() + ":" + p.row() + ":" + p.column() + ": " + p.message(locale));
            }
            return REGISTER_PROBLEMS;
        } catch (NoSuchFileException e) {
            err.println(uk ? "Файл не знайдено: " + file + ". Перевірте шлях."
                    : "File not found: " + file + ". Check the path.");
            return IO_ERROR;
        } catch (IOException | PassportException e) {
            err.println((uk ? "Не вдалося прочитати " : "Could not read ") + file + ": " + e.getMessage());
            return IO_ERROR;
        }
        out.print(new RegisterSummary(source, result, annex, sections).render(locale));
        return OK;
    }


    private static String usage() {
        return String.join(System.lineSeparator(),
                "Usage: java -jar opendata.jar [REGISTER.csv] [--lang uk|en] [--section CODE]...",
                "  Reads a register of datasets (the bundled sample when no file is given), checks its",
                "  structure and prints a summary. Sections: all-holders, local-self-government,",
                "  local-state-administrations (default: the first two, as for a city council or a",
                "  city military administration).",
                "Використання: java -jar opendata.jar [РЕЄСТР.csv] [--lang uk|en] [--section КОД]...",
                "");
    }
}
