package ua.opendata.passport.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterLocations;
import ua.opendata.passport.csv.CsvNotice;
import ua.opendata.passport.csv.CsvProblem;
import ua.opendata.passport.csv.RegisterFormatException;
import ua.opendata.passport.internal.csv.Finding;
import ua.opendata.passport.internal.csv.Findings;
import ua.opendata.passport.internal.csv.RegisterParser;
import ua.opendata.passport.internal.xlsx.Parts;
import ua.opendata.passport.internal.xlsx.SheetRows;
import ua.opendata.passport.internal.xlsx.XlsxException;
import ua.opendata.passport.internal.xlsx.XlsxPackage;

/** Reads one XLSX register file with given limits. */
final class WorkbookReader {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private final long maxUncompressedBytes;
    private final int maxEntries;
    private final int maxCellChars;
    private final int maxColumns;
    private final int maxRows;
    private final @Nullable String sheetName;

    /** A reader with these limits; {@code sheetName} null for the first sheet. */
    WorkbookReader(long maxUncompressedBytes, int maxEntries, int maxCellChars, int maxColumns, int maxRows,
            @Nullable String sheetName) {
        this.maxUncompressedBytes = maxUncompressedBytes;
        this.maxEntries = maxEntries;
        this.maxCellChars = maxCellChars;
        this.maxColumns = maxColumns;
        this.maxRows = maxRows;
        this.sheetName = sheetName;
    }

    /**
     * Reads the register from a file whose size is already checked.
     *
     * @throws RegisterFormatException with every problem
     * @throws IOException             when the file cannot be read
     */
    XlsxReadResult read(Path file, String source) throws IOException {
        checkSignature(file, source);
        XlsxPackage pkg;
        try {
            pkg = XlsxPackage.open(file, maxUncompressedBytes, maxEntries);
        } catch (XlsxException e) {
            throw fail(source, null, e);
        }
        try (pkg) {
            XlsxPackage.SheetRef sheet = choose(pkg, source);
            try {
                String[] sst = Parts.sharedStrings(pkg, maxCellChars, maxSharedStrings(maxRows));
                boolean[] dates = Parts.dateStyles(pkg);
                Pass first = pass(pkg, sheet, sst, dates, source, null);
                Pass done = first.merges.isEmpty() ? first : pass(pkg, sheet, sst, dates, source, first.merges);
                Findings findings = done.parser.findings();
                List<CsvNotice> notices = findings.notices().stream().map(f -> notice(source, sheet.name(), f))
                        .toList();
                if (findings.hasProblems()) {
                    List<CsvProblem> problems = new java.util.ArrayList<>(findings.problems().stream()
                            .map(f -> problem(source, sheet.name(), f)).toList());
                    otherSheets(pkg, sheet, source, problems);
                    throw new RegisterFormatException(source, problems, notices);
                }
                List<String> names = pkg.sheets().stream().map(XlsxPackage.SheetRef::name).toList();
                return new XlsxReadResult(done.register, sheet.name(), names, notices,
                        done.parser.locations(RegisterLocations.builder(source, sheet.name())));
            } catch (XlsxException e) {
                throw fail(source, sheet.name(), e);
            }
        } catch (java.util.zip.ZipException e) {
            throw fail(source, null, new XlsxException("XLSX-BAD-ZIP"));
        }
    }

    /** The most shared strings held: 64 per data row allowed (a register row has about 20 cells), at most 2^24. */
    static int maxSharedStrings(int maxRows) {
        return (int) Math.min(1 << 24, maxRows * 64L + 4096);
    }

    private record Pass(RegisterParser parser, Register register, List<int[]> merges) {
    }

    private Pass pass(XlsxPackage pkg, XlsxPackage.SheetRef sheet, String[] sst, boolean[] dates, String source,
            @Nullable List<int[]> merges) throws IOException {
        SheetRows rows = new SheetRows(pkg, sheet.part(), sst, dates, maxCellChars, maxColumns, merges);
        Findings findings = new Findings();
        RegisterParser parser = RegisterParser.rows(rows, findings, maxColumns, maxRows);
        rows.sink(findings);
        try {
            Register register = parser.parse();
            if (merges == null && !findings.problems().stream().anyMatch(p -> p.code().endsWith("-TOO-MANY-ROWS"))) {
                rows.finish();
            }
            return new Pass(parser, register, merges == null ? rows.merges() : List.of());
        } finally {
            rows.close();
        }
    }

    /** When the first sheet, taken by default, has no register header, the problem says which sheets there are. */
    private void otherSheets(XlsxPackage pkg, XlsxPackage.SheetRef sheet, String source, List<CsvProblem> problems) {
        if (sheetName != null || pkg.sheets().size() < 2 || problems.stream().noneMatch(
                p -> p.code().equals("CSV-EMPTY-FILE") || p.code().equals("CSV-MISSING-HEADER"))) {
            return;
        }
        problems.add(0, new CsvProblem(source, 0, 0, null, "XLSX-FIRST-SHEET", List.of(sheet.name(),
                names(pkg.sheets().subList(1, pkg.sheets().size()))), sheet.name()));
    }

    private static String names(List<XlsxPackage.SheetRef> sheets) {
        StringBuilder names = new StringBuilder();
        for (XlsxPackage.SheetRef s : sheets) {
            names.append(names.length() == 0 ? "" : ", ").append('«').append(s.name()).append('»');
        }
        return names.toString();
    }

    private XlsxPackage.SheetRef choose(XlsxPackage pkg, String source) {
        List<XlsxPackage.SheetRef> sheets = pkg.sheets();
        if (sheetName == null) {
            return sheets.get(0);
        }
        for (XlsxPackage.SheetRef s : sheets) {
            if (s.name().equals(sheetName)) {
                return s;
            }
        }
        for (XlsxPackage.SheetRef s : sheets) {
            if (s.name().strip().toLowerCase(Locale.ROOT).equals(sheetName.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw fail(source, null, new XlsxException("XLSX-UNKNOWN-SHEET", sheetName, names(sheets)));
    }

    private static void checkSignature(Path file, String source) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && startsWith(head, ZIP)) {
            return;
        }
        if (n == 8 && startsWith(head, OLE2)) {
            throw fail(source, null, new XlsxException("XLSX-OLD-FORMAT"));
        }
        throw fail(source, null, new XlsxException(n == 0 ? "XLSX-EMPTY-FILE" : "XLSX-NOT-XLSX"));
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static CsvProblem problem(String source, String sheet, Finding f) {
        return new CsvProblem(source, f.row(), f.column(), f.header(), f.code(), f.arguments(), sheet);
    }

    private static CsvNotice notice(String source, String sheet, Finding f) {
        return new CsvNotice(source, f.row(), f.column(), f.header(), f.code(), f.arguments(), sheet);
    }

    /** The exception for a problem of the whole workbook. */
    static RegisterFormatException fail(String source, @Nullable String sheet, XlsxException e) {
        return new RegisterFormatException(source, List.of(new CsvProblem(source, 0, 0, null, e.code(),
                e.arguments(), sheet)), List.of());
    }
}
