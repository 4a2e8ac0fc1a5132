package ua.opendata.passport.internal.xlsx;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.Restriction;
import ua.opendata.passport.internal.csv.Column;
import ua.opendata.passport.internal.csv.Locations;

/**
 * Writes a register as a one-sheet workbook: the header row in bold and frozen, text in shared
 * strings, identifier and EDRPOU columns formatted as text (so Excel keeps their leading zeros when a
 * clerk types in them), dates as real Excel dates shown {@code dd.mm.yyyy}.
 */
public final class WorkbookWriter {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    /** Entries carry a fixed time, so that the same register gives the same bytes. */
    private static final FileTime TIME = FileTime.fromMillis(1_795_651_200_000L);
    private static final int STYLE_DATE = 1;
    private static final int STYLE_TEXT = 2;
    private static final int STYLE_HEADER = 3;
    /** The first date Excel's 1900 system has; earlier dates are written as ISO text. */
    private static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

    private final String sheetName;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> strings = new ArrayList<>();
    private int references;

    /** A writer for one workbook with the given sheet name. */
    public WorkbookWriter(String sheetName) {
        this.sheetName = sheetName;
    }

    /** Writes the workbook to {@code out}, which is not closed. */
    public void write(Register register, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        }, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED); // several times faster than the default, the file about a third larger
        Writer w = new BufferedWriter(new OutputStreamWriter(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }

            @Override
            public void close() {
                // the entry is closed by the zip stream
            }
        }, StandardCharsets.UTF_8), 1 << 16);
        part(zip, w, "[Content_Types].xml", XML_DECL
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "</Types>");
        part(zip, w, "_rels/.rels", XML_DECL + "<Relationships xmlns=\"" + PKG_REL + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        StringBuilder wb = new StringBuilder(XML_DECL).append("<workbook xmlns=\"").append(MAIN)
                .append("\" xmlns:r=\"").append(REL).append("\"><sheets><sheet name=\"");
        escape(wb, sheetName);
        wb.append("\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        part(zip, w, "xl/workbook.xml", wb.toString());
        part(zip, w, "xl/_rels/workbook.xml.rels", XML_DECL + "<Relationships xmlns=\"" + PKG_REL + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>");
        part(zip, w, "xl/styles.xml", XML_DECL + "<styleSheet xmlns=\"" + MAIN + "\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy\"/></numFmts>"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>");
        entry(zip, "xl/worksheets/sheet1.xml");
        sheet(register, w);
        w.flush();
        zip.closeEntry();
        entry(zip, "xl/sharedStrings.xml");
        sharedStrings(w);
        w.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private static void entry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setLastModifiedTime(TIME);
        zip.putNextEntry(e);
    }

    private static void part(ZipOutputStream zip, Writer w, String name, String content) throws IOException {
        entry(zip, name);
        w.write(content);
        w.flush();
        zip.closeEntry();
    }

    private void sheet(Register register, Writer w) throws IOException {
        List<String> extras = register.extraColumns();
        int width = Column.all().size() + extras.size();
        w.write(XML_DECL);
        w.write("<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">");
        w.write("<dimension ref=\"A1:" + Locations.cell(register.size() + 1, width) + "\"/>");
        w.write("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\""
                + " activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>");
        w.write("<cols>");
        for (int c = 1; c <= width; c++) {
            boolean text = c == Column.IDENTIFIER.ordinal() + 1 || c == Column.PUBLISHER_IDENTIFIER.ordinal() + 1;
            w.write("<col min=\"" + c + "\" max=\"" + c + "\" width=\"20\" customWidth=\"1\""
                    + (text ? " style=\"" + STYLE_TEXT + "\"" : "") + "/>");
        }
        w.write("</cols><sheetData>");
        StringBuilder row = new StringBuilder(2048);
        row.append("<row r=\"1\">");
        int col = 1;
        for (Column c : Column.all()) {
            text(row, 1, col++, c.header(), STYLE_HEADER);
        }
        for (String h : extras) {
            text(row, 1, col++, h, STYLE_HEADER);
        }
        row.append("</row>");
        w.write(row.toString());
        int r = 1;
        for (RegisterEntry e : register.entries()) {
            r++;
            row.setLength(0);
            row.append("<row r=\"").append(r).append("\">");
            text(row, r, 1, e.identifier(), STYLE_TEXT);
            text(row, r, 2, e.title(), 0);
            text(row, r, 3, e.description(), 0);
            text(row, r, 4, e.accrualPeriodicity() == null ? null : e.accrualPeriodicity().raw(), 0);
            text(row, r, 5, String.join(",", e.keywords()), 0);
            text(row, r, 6, e.purpose(), 0);
            text(row, r, 7, e.landingPage(), 0);
            text(row, r, 8, formats(e.distributionFormats()), 0);
            text(row, r, 9, e.publisher().name(), 0);
            text(row, r, 10, e.publisher().edrpou(), STYLE_TEXT);
            text(row, r, 11, e.contactPoint().fullName(), 0);
            text(row, r, 12, e.contactPoint().email(), 0);
            text(row, r, 13, e.status() == null ? null : e.status().code(), 0);
            text(row, r, 14, e.annexDataset(), 0);
            Restriction rs = e.restriction();
            text(row, r, 15, rs == null ? null : rs.legalBasis(), 0);
            date(row, r, 16, rs == null ? null : rs.since());
            text(row, r, 17, e.responsiblePerson(), 0);
            date(row, r, 18, e.nextUpdateDue());
            col = 19;
            for (String h : extras) {
                text(row, r, col++, e.extraColumns().get(h), 0);
            }
            row.append("</row>");
            w.write(row.toString());
        }
        w.write("</sheetData></worksheet>");
    }

    private static String formats(List<DataFormat> formats) {
        StringBuilder b = new StringBuilder();
        for (DataFormat f : formats) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(f.raw());
        }
        return b.toString();
    }

    private void text(StringBuilder row, int r, int c, @Nullable String value, int style) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Integer i = index.get(value);
        if (i == null) {
            i = strings.size();
            strings.add(value);
            index.put(value, i);
        }
        references++;
        row.append("<c r=\"");
        ref(row, r, c);
        row.append('"');
        if (style != 0) {
            row.append(" s=\"").append(style).append('"');
        }
        row.append(" t=\"s\"><v>").append(i.intValue()).append("</v></c>");
    }

    private void date(StringBuilder row, int r, int c, @Nullable LocalDate d) {
        if (d == null) {
            return;
        }
        if (d.isBefore(FIRST_DATE) || d.isAfter(LAST_DATE)) {
            text(row, r, c, d.toString(), 0);
            return;
        }
        row.append("<c r=\"");
        ref(row, r, c);
        row.append("\" s=\"").append(STYLE_DATE).append("\"><v>").append(Cells.serial(d)).append("</v></c>");
    }

    private static void ref(StringBuilder b, int r, int c) {
        if (c <= 26) {
            b.append((char) ('A' + c - 1));
        } else {
            b.append(Locations.columnName(c));
        }
        b.append(r);
    }

    private void sharedStrings(Writer w) throws IOException {
        w.write(XML_DECL);
        w.write("<sst xmlns=\"" + MAIN + "\" count=\"" + references + "\" uniqueCount=\"" + strings.size() + "\">");
        StringBuilder b = new StringBuilder(1024);
        for (String s : strings) {
            b.setLength(0);
            b.append("<si><t");
            if (!s.equals(s.strip()) || s.indexOf('\n') >= 0) {
                b.append(" xml:space=\"preserve\"");
            }
            b.append('>');
            escape(b, s);
            b.append("</t></si>");
            w.write(b.toString());
        }
        w.write("</sst>");
    }

    /**
     * XML text: {@code & < >} as entities; characters XML cannot carry (controls, CR, lone
     * surrogates) and a literal {@code _xHHHH_} as OOXML {@code _xHHHH_} escapes.
     */
    static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\r' -> hex(b, c);
                case '_' -> {
                    if (XString.looksEscaped(s, i)) {
                        b.append("_x005F_");
                    } else {
                        b.append(c);
                    }
                }
                default -> {
                    if (XString.illegalInXml(c)) {
                        hex(b, c);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            b.append(c).append(s.charAt(++i));
                        } else {
                            hex(b, c);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        hex(b, c);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
    }

    private static void hex(StringBuilder b, char c) {
        b.append("_x").append(String.format("%04X", (int) c)).append('_');
    }
}
