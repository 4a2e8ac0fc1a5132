package ua.opendata.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.SourceLocation;

/**
 * The {@code location} member of a finding in {@code report.json}: where the clerk fixes it, as
 * {@code text}, {@code file}, {@code sheet}, {@code row}, {@code column} and {@code header}, or
 * {@code null}. Not for public use.
 */
final class LocationJson {

    private LocationJson() {
    }

    /** Writes {@code location}: the object, or {@code null}. */
    static void write(JsonGenerator g, @Nullable SourceLocation at) throws IOException {
        if (at == null) {
            g.writeNullField("location");
            return;
        }
        g.writeObjectFieldStart("location");
        g.writeStringField("text", at.toString());
        g.writeStringField("file", at.file());
        g.writeStringField("sheet", at.sheet().orElse(null));
        g.writeNumberField("row", at.row());
        g.writeNumberField("column", at.column());
        g.writeStringField("header", at.header().orElse(null));
        g.writeEndObject();
    }

    /** Reads a {@code location} member back; {@code null} when absent, {@code null} or without a file. */
    static @Nullable SourceLocation read(JsonNode at) {
        String file = text(at, "file");
        if (file == null) {
            return null;
        }
        int row = at.path("row").asInt(0);
        int column = at.path("column").asInt(0);
        String sheet = text(at, "sheet");
        String header = text(at, "header");
        if (row <= 0) {
            return sheet == null ? SourceLocation.ofFile(file) : SourceLocation.ofSheet(file, sheet);
        }
        if (column <= 0) {
            return sheet == null ? SourceLocation.ofRow(file, row) : SourceLocation.ofSheetRow(file, sheet, row);
        }
        return sheet == null ? SourceLocation.ofCell(file, row, column, header)
                : SourceLocation.ofSheetCell(file, sheet, row, column, header);
    }

    private static @Nullable String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
