package ua.opendata.passport.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hand-made workbooks for the edge cases: the parts of a minimal .xlsx as Excel lays them out, with
 * the sheet XML, shared strings and styles given by the test.
 */
class XlsxFiles {
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    /** Styles: 0 general, 1 built-in date (14), 2 custom date dd.mm.yyyy (164), 3 text (49), 4 number 0.00 (2). */
    static final String STYLES = "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"1\">"
            + "<numFmt numFmtId=\"164\" formatCode=\"[$-422]dd\\.mm\\.yyyy;@\"/></numFmts>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
            + "<xf numFmtId=\"49\"/><xf numFmtId=\"2\"/></cellXfs></styleSheet>";

    /** The twelve required headers, in Ukrainian as clerks write them. */
    static final String[] HEADERS_UK = {"Ідентифікатор", "Назва", "Опис", "Періодичність оновлення", "Ключові слова",
        "Підстава та призначення", "Посилання", "Формат", "Розпорядник інформації", "Код ЄДРПОУ",
        "Відповідальна особа", "Електронна пошта"};

    private final Map<String, String> sheets = new LinkedHashMap<>();
    private String sharedStrings;
    private String styles = STYLES;
    private boolean date1904;
    private final Map<String, byte[]> extra = new LinkedHashMap<>();

    static XlsxFiles workbook() {
        return new XlsxFiles();
    }

    /** A sheet with the given {@code <sheetData>} content (and anything after it, e.g. mergeCells). */
    XlsxFiles sheet(String name, String sheetXml) {
        sheets.put(name, sheetXml);
        return this;
    }

    XlsxFiles sharedStrings(String... strings) {
        StringBuilder b = new StringBuilder("<sst xmlns=\"" + MAIN + "\">");
        for (String s : strings) {
            b.append(s.startsWith("<") ? s : "<si><t>" + s + "</t></si>");
        }
        sharedStrings = b.append("</sst>").toString();
        return this;
    }

    /** A shared strings part given whole. */
    XlsxFiles rawSharedStrings(String xml) {
        sharedStrings = xml;
        return this;
    }

    XlsxFiles styles(String xml) {
        styles = xml;
        return this;
    }

    XlsxFiles date1904() {
        date1904 = true;
        return this;
    }

    XlsxFiles part(String name, String content) {
        extra.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** A header row of inline strings. */
    static String headerRow(int row, String... headers) {
        StringBuilder b = new StringBuilder("<row r=\"" + row + "\">");
        for (int i = 0; i < headers.length; i++) {
            b.append(inline(ref(row, i + 1), headers[i]));
        }
        return b.append("</row>").toString();
    }

    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    static String ref(int row, int col) {
        return ua.opendata.passport.internal.csv.Locations.cell(row, col);
    }

    /** A data row: cells given as raw XML keyed by column, others empty. */
    static String dataRow(int row, String... cellsXml) {
        return "<row r=\"" + row + "\">" + String.join("", cellsXml) + "</row>";
    }

    /** The twelve required cells of a row, each an inline string, with {@code override} at a column (1-based). */
    static String[] requiredCells(int row, int overrideColumn, String overrideXml) {
        String[] v = {"id-" + row, "Назва " + row, "Опис", "щомісяця", "дані", "Постанова 835",
            "https://data.gov.ua/dataset/x" + row, "CSV", "Міська рада", "04053625", "Коваленко Олена", "o@rada.gov.ua"};
        String[] out = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = i + 1 == overrideColumn ? overrideXml : inline(ref(row, i + 1), v[i]);
        }
        return out;
    }

    byte[] bytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        + "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
                put(zip, "_rels/.rels", "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\""
                        + REL + "/officeDocument\" Target=\"/xl/workbook.xml\"/></Relationships>");
                StringBuilder wb = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">");
                if (date1904) {
                    wb.append("<workbookPr date1904=\"1\"/>");
                }
                wb.append("<sheets>");
                StringBuilder rels = new StringBuilder("<Relationships xmlns=\"" + PKG_REL + "\">");
                int i = 0;
                for (String name : sheets.keySet()) {
                    i++;
                    wb.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(i)
                            .append("\" r:id=\"rId").append(i).append("\"/>");
                    rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
                            .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
                }
                rels.append("<Relationship Id=\"rS\" Type=\"").append(REL)
                        .append("/styles\" Target=\"styles.xml\"/>");
                if (sharedStrings != null) {
                    rels.append("<Relationship Id=\"rT\" Type=\"").append(REL)
                            .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
                }
                put(zip, "xl/workbook.xml", wb.append("</sheets></workbook>").toString());
                put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
                i = 0;
                for (String xml : sheets.values()) {
                    i++;
                    put(zip, "xl/worksheets/sheet" + i + ".xml", xml.startsWith("<?xml") || xml.startsWith("<!DOCTYPE")
                            ? xml : "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + xml.replace("</sheetData>",
                                    "</sheetData>") + (xml.contains("</sheetData>") ? "" : "</sheetData>") + "</worksheet>");
                }
                put(zip, "xl/styles.xml", styles);
                if (sharedStrings != null) {
                    put(zip, "xl/sharedStrings.xml", sharedStrings);
                }
                for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write(Path dir, String name) {
        try {
            return Files.write(dir.resolve(name), bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
