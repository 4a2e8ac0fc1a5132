package ua.opendata.cli;

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
import ua.opendata.core.rules.ValidationSources;
import ua.opendata.passport.Passport;
import ua.opendata.passport.PassportException;
import ua.opendata.passport.Register;
import ua.opendata.passport.SourceLocation;
import ua.opendata.passport.csv.CsvProblem;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.csv.RegisterFormatException;
import ua.opendata.passport.csv.RegisterReadResult;
import ua.opendata.passport.json.PassportJson;
import ua.opendata.passport.json.PassportJsonException;
import ua.opendata.passport.json.RegisterDocument;
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

    /** The largest register read by default, in MB (MiB): the CSV reader's own limit. */
    static final int DEFAULT_MAX_FILE_MB = (int) (RegisterCsvReader.DEFAULT_MAX_FILE_BYTES >> 20);

    private final Session session;
    private final Texts t;
    private final long maxBytes;
    private final boolean verbose;
    /** The file of each passport read, by dataset identifier. */
    private final Map<String, SourceLocation> passportFiles = new LinkedHashMap<>();

    RegisterInput(Session session, Texts t) {
        this(session, t, DEFAULT_MAX_FILE_MB, false);
    }

    /**
     * @param maxFileMb the largest register read, in MB ({@code --max-file-mb})
     * @param verbose   whether the readers' own words may be shown ({@code --verbose})
     */
    RegisterInput(Session session, Texts t, int maxFileMb, boolean verbose) {
        this.session = session;
        this.t = t;
        this.maxBytes = (long) maxFileMb << 20;
        this.verbose = verbose;
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
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.register.tooLarge", file,
                        megabytes(size), maxBytes >> 20, suggestedLimit(size)));
            }
            InputSniffer.Kind kind = InputSniffer.sniff(file);
            if (kind == InputSniffer.Kind.XLSX) {
                // a workbook whatever its file name says
                return readWorkbook(file, null);
            }
            refuseUnreadable(file, kind, "register");
            Read read;
            if (kind == InputSniffer.Kind.JSON || file.getFileName() != null
                    && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                RegisterDocument r = PassportJson.builder().maxInputBytes(maxBytes).build().readRegisterDocument(file);
                read = new Read(file.toString(), new RegisterReadResult(r.register(), StandardCharsets.UTF_8, false,
                        ',', List.of(), r.locations()), false);
            } else {
                read = new Read(file.toString(), RegisterCsvReader.builder().maxFileBytes(maxBytes).build().read(file),
                        true);
            }
            if (read.result().register().entries().isEmpty()) {
                throw new CliException(OpendataCommand.FINDINGS, t.get(read.csv() ? "error.register.emptyCsv"
                        : "error.register.emptyJson", file));
            }
            return read;
        } catch (RegisterFormatException e) {
            if (e.problems().size() == 1 && isWholeWorkbook(e.problems().get(0))) {
                // a damaged, foreign or old-format workbook is not a register with broken rows
                CsvProblem p = e.problems().get(0);
                throw new CliException(OpendataCommand.UNREACHABLE, p.location() + ": " + p.message(t.locale()), e);
            }
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
     * Refuses a file that the readers cannot take, saying what it is: a workbook, an archive, a PDF, UTF-16
     * or UTF-32 text, or bytes that are not text. {@code what} is {@code register} or {@code passport}.
     */
    void refuseUnreadable(Path file, InputSniffer.Kind kind, String what) {
        String key = switch (kind) {
            case XLSX -> "error.input.xlsx";
            case ZIP -> "error.input.zip";
            case OLE2 -> "error.input.xls";
            case PDF -> "error.input.pdf";
            case WIDE_TEXT -> "error.input.wide";
            case BINARY -> "error.input.binary";
            case JSON, TEXT -> null;
        };
        if (key != null) {
            throw new CliException(OpendataCommand.UNREACHABLE, t.get(key, file, t.get("error.input." + what)));
        }
    }

    /** A size in MB with one decimal, in the run's language. */
    String megabytes(long bytes) {
        double mb = bytes / (double) (1 << 20);
        String s = String.format(Locale.ROOT, "%.1f", mb);
        return t.uk() ? s.replace('.', ',') : s;
    }

    /** A round {@code --max-file-mb} that takes a file of {@code bytes}. */
    static long suggestedLimit(long bytes) {
        long mb = (bytes >> 20) + 1;
        long limit = 64;
        while (limit < mb) {
            limit *= 2;
        }
        return limit;
    }

    /** A JSON reader's failure to parse, in our words: where, and what to do; the parser's own words only with --verbose. */
    private CliException unreadableJson(String source, IOException io, Throwable e) {
        String key;
        Object line = "?";
        Object column = "?";
        int code = OpendataCommand.UNREACHABLE;
        if (io instanceof java.io.CharConversionException) {
            key = "error.json.encoding";
        } else if (io instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            key = "error.json.syntax";
            line = j.getLocation().getLineNr();
            column = j.getLocation().getColumnNr();
            code = OpendataCommand.FINDINGS;
        } else {
            return new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", source,
                    io instanceof NoSuchFileException ? t.get("error.file.missing") : verboseDetail(io)), e);
        }
        return new CliException(code, t.get(key, source, line, column)
                + (verbose ? System.lineSeparator() + "  " + io.getMessage() : ""), e);
    }

    private String verboseDetail(Throwable io) {
        return verbose ? String.valueOf(io.getMessage()) : t.get("error.read.detailVerbose");
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
        return readWorkbook(path, sheet);
    }

    /** A workbook read from its first sheet, or the named one, within {@code --max-file-mb}; never empty. */
    private Read readWorkbook(Path path, @Nullable String sheet) {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", path, verboseDetail(e)), e);
        }
        if (size > maxBytes) {
            throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.register.tooLarge", path,
                    megabytes(size), maxBytes >> 20, suggestedLimit(size)));
        }
        RegisterXlsxReader.Builder b = RegisterXlsxReader.builder().maxFileBytes(maxBytes);
        if (sheet != null && !sheet.isBlank()) {
            b.sheet(sheet);
        }
        XlsxReadResult r = b.build().read(path);
        if (r.register().entries().isEmpty()) {
            throw new CliException(OpendataCommand.FINDINGS, t.get("error.register.emptyCsv", path + "#" + r.sheet()));
        }
        return new Read(path + "#" + r.sheet(), new RegisterReadResult(r.register(), StandardCharsets.UTF_8,
                false, ',', r.notices(), r.locations()), false);
    }

    /**
     * A problem of a whole workbook file (damaged, not XLSX, an old .xls, too large inside), not of a sheet, row
     * or cell, nor a sheet asked for that the workbook lacks.
     */
    private static boolean isWholeWorkbook(CsvProblem p) {
        return p.code().startsWith("XLSX-") && p.sheet() == null && p.column() == 0
                && !p.code().equals("XLSX-UNKNOWN-SHEET") && !p.code().equals("XLSX-FIRST-SHEET");
    }

    private static boolean isWorkbook(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls") || n.endsWith(".ods");
    }

    private CliException brokenJson(String key, PassportJsonException e) {
        List<String> lines = new ArrayList<>();
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException j && e.problems().size() == 1) {
            // the parser's words never reach a person: where, and what to do (the words with --verbose)
            PassportJsonException.Problem p = e.problems().get(0);
            String text = j instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException
                    ? t.get("error.json.limit", e.sourceName(), p.line(), p.column())
                    : t.get("error.json.syntax", e.sourceName(), p.line(), p.column());
            return new CliException(OpendataCommand.FINDINGS, text
                    + (verbose ? System.lineSeparator() + "  " + j.getOriginalMessage() : ""), e);
        }
        if (e.problems().stream().allMatch(p -> p.line() == 0) && e.getCause() instanceof IOException io) {
            return unreadableJson(e.sourceName(), io, e);
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
        CkanDocuments ckan = new CkanDocuments(session, t);
        for (Path p : files.values()) {
            Passport passport;
            try {
                long size = Files.size(p);
                if (size > PassportJson.DEFAULT_MAX_INPUT_BYTES) {
                    throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.passport.tooLarge", p,
                            megabytes(size), PassportJson.DEFAULT_MAX_INPUT_BYTES >> 20));
                }
                refuseUnreadable(p, InputSniffer.sniff(p), "passport");
                Passport fromCkan = ckan.passportOrNull(p);
                passport = fromCkan != null ? fromCkan : codec.readPassport(p);
            } catch (PassportJsonException e) {
                throw brokenJson("error.passport.broken", e);
            } catch (IOException e) {
                throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", p, verboseDetail(e)), e);
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
            passportFiles.put(id, SourceLocation.ofFile(p.toString()));
        }
        return byId;
    }

    /**
     * Where the register and the passports read by {@link #passports} came from, for findings that name
     * the cell or file to fix.
     */
    ValidationSources sources(Read read) {
        ValidationSources.Builder b = ValidationSources.builder(read.result().locations());
        passportFiles.forEach(b::passport);
        return b.build();
    }
}
