package ua.opendata.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.Passport;
import ua.opendata.passport.PassportException;
import ua.opendata.passport.Register;
import ua.opendata.passport.csv.CsvProblem;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.csv.RegisterFormatException;
import ua.opendata.passport.csv.RegisterReadResult;
import ua.opendata.passport.json.PassportJson;
import ua.opendata.passport.json.PassportJsonException;
import ua.opendata.passport.sample.SampleRegister;
import ua.opendata.passport.xlsx.RegisterXlsxReader;
import ua.opendata.passport.xlsx.XlsxReadResult;

/**
 * Reads what {@code validate}, {@code plan} and {@code publish} take as input: the register (CSV as Excel
 * exports it, the Excel workbook itself (.xlsx, optionally {@code file.xlsx#Sheet}), or the JSON document; the bundled sample when no file is given) and a directory of
 * passports, turning every problem into a {@link CliException} that names the file, row and column.
 */
final class RegisterInput {
    /** Passport files read from one directory at most. */
    static final int MAX_PASSPORT_FILES = 10_000;
    /** Problems of a broken register listed on standard error at most (the first ones, in file order). */
    static final int MAX_LISTED_PROBLEMS = 100;

    private final Session session;
    private final Texts t;

    RegisterInput(Session session, Texts t) {
        this.session = session;
        this.t = t;
    }

    /** The register as read, where from, and whether it was CSV. */
    record Read(String source, RegisterReadResult result, boolean csv) {
    }

    Read register(@Nullable Path file) {
        try {
            if (file == null) {
                try (InputStream in = SampleRegister.openCsv()) {
                    return new Read(SampleRegister.CSV_FILE_NAME + " " + t.get("validate.sample"),
                            RegisterCsvReader.defaults().read(in, SampleRegister.CSV_FILE_NAME), true);
                }
            }
            Read workbook = workbook(file);
            if (workbook != null) {
                return workbook;
            }
            if (!Files.exists(file)) {
                throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", file, t.get("error.file.missing")));
            }
            if (Files.isDirectory(file)) {
                throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", file, t.get("error.isDirectory")));
            }
            if (file.getFileName() != null
                    && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                Register r = PassportJson.defaults().readRegister(file);
                return new Read(file.toString(), new RegisterReadResult(r, StandardCharsets.UTF_8, false, ',',
                        List.of()), false);
            }
            return new Read(file.toString(), RegisterCsvReader.defaults().read(file), true);
        } catch (RegisterFormatException e) {
            List<String> lines = new ArrayList<>();
            lines.add(t.get("error.register.broken", e.problems().size()));
            for (CsvProblem p : e.problems()) {
                if (lines.size() > MAX_LISTED_PROBLEMS) {
                    lines.add("  " + t.get("error.register.more", e.problems().size() - MAX_LISTED_PROBLEMS));
                    break;
                }
                lines.add("  " + p.location() + ": " + p.message(t.locale()));
            }
            throw new CliException(OpendataCommand.FINDINGS, String.join(System.lineSeparator(), lines), e);
        } catch (PassportJsonException e) {
            throw brokenJson("error.register.brokenJson", e);
        } catch (NoSuchFileException e) {
            throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", file, t.get("error.file.missing")), e);
        } catch (PassportException | UncheckedIOException e) {
            // the codecs' messages already name the file and the fix
            throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.io", String.valueOf(e.getMessage())), e);
        } catch (IOException e) {
            throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", file == null
                    ? SampleRegister.CSV_FILE_NAME : file, String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * An Excel register ({@code .xlsx}; also {@code .xls} and {@code .ods}, which the reader refuses with
     * "save as .xlsx"), read from its first sheet or from the sheet named after {@code #}
     * ({@code register.xlsx#Реєстр}); {@code null} for any other file.
     */
    private @Nullable Read workbook(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String sheet = null;
        Path path = file;
        int hash = name.lastIndexOf('#');
        if (hash > 0 && !Files.exists(file) && isWorkbook(name.substring(0, hash))) {
            sheet = name.substring(hash + 1);
            path = file.resolveSibling(name.substring(0, hash));
        } else if (!isWorkbook(name) || Files.isDirectory(file)) {
            return null;
        }
        if (!Files.exists(path)) {
            throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", path, t.get("error.file.missing")));
        }
        RegisterXlsxReader reader = sheet == null || sheet.isBlank() ? RegisterXlsxReader.defaults()
                : RegisterXlsxReader.builder().sheet(sheet).build();
        XlsxReadResult r = reader.read(path);
        return new Read(path + "#" + r.sheet(), new RegisterReadResult(r.register(), StandardCharsets.UTF_8,
                false, ',', r.notices()), false);
    }

    private static boolean isWorkbook(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls") || n.endsWith(".ods");
    }

    private CliException brokenJson(String key, PassportJsonException e) {
        List<String> lines = new ArrayList<>();
        if (e.problems().stream().allMatch(p -> p.line() == 0) && e.getCause() instanceof IOException io) {
            return new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", e.sourceName(),
                    io instanceof NoSuchFileException ? t.get("error.file.missing") : String.valueOf(io.getMessage())), e);
        }
        lines.add(t.get(key, e.sourceName(), e.problems().size()));
        for (PassportJsonException.Problem p : e.problems()) {
            lines.add("  " + e.sourceName() + ":" + p.line() + ":" + p.column() + ": " + p.path() + ": "
                    + p.message(t.locale()));
        }
        return new CliException(OpendataCommand.FINDINGS, String.join(System.lineSeparator(), lines), e);
    }

    Map<String, Passport> passports(@Nullable Path dir, Register reg) {
        if (dir == null) {
            return Map.of();
        }
        if (!Files.isDirectory(dir)) {
            throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", dir, t.get("error.notDirectory")));
        }
        Map<String, Path> files = new TreeMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : ds) {
                if (files.size() == MAX_PASSPORT_FILES) {
                    throw new CliException(OpendataCommand.USAGE, t.get("error.passports.tooMany", dir,
                            MAX_PASSPORT_FILES));
                }
                files.put(p.getFileName().toString(), p);
            }
        } catch (IOException e) {
            throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", dir, String.valueOf(e.getMessage())), e);
        }
        Set<String> inRegister = new LinkedHashSet<>();
        reg.entries().forEach(e -> {
            if (e.identifier() != null) {
                inRegister.add(e.identifier());
            }
        });
        Map<String, Passport> byId = new LinkedHashMap<>();
        Map<String, Path> fileOf = new LinkedHashMap<>();
        PassportJson codec = PassportJson.defaults();
        for (Path p : files.values()) {
            Passport passport;
            try {
                passport = codec.readPassport(p);
            } catch (PassportJsonException e) {
                throw brokenJson("error.passport.broken", e);
            }
            String id = passport.identifier();
            if (id == null || id.isBlank()) {
                throw new CliException(OpendataCommand.FINDINGS, t.get("error.passport.noId", p));
            }
            Path earlier = fileOf.putIfAbsent(id, p);
            if (earlier != null) {
                throw new CliException(OpendataCommand.FINDINGS, t.get("error.passport.duplicate", id, earlier, p));
            }
            if (!inRegister.contains(id)) {
                session.err().println(t.get("validate.passport.notInRegister", p, id));
                continue;
            }
            byId.put(id, passport);
        }
        return byId;
    }
}
