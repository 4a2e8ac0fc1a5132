package ua.opendata.passport.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.DataStructure;
import ua.opendata.passport.DesignationOrder;
import ua.opendata.passport.Distribution;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.Restriction;
import ua.opendata.passport.StructureField;
import ua.opendata.passport.UpdateFrequency;
import ua.opendata.passport.json.PassportJsonException.Problem;

/**
 * Reads passport and register documents on Jackson's streaming API ({@link DocumentWriter} writes
 * them). The property names are the record component names. A missing property and JSON
 * {@code null} both mean absent (an empty list or map for collections).
 */
final class DocumentReader {

    private static final int SCHEMA_VERSION = PassportJson.SCHEMA_VERSION;

    static final List<String> PASSPORT = List.of("schemaVersion", "identifier", "title", "description", "purpose",
            "language", "formats", "compression", "firstPublished", "lastModified", "dataAsOf", "updateFrequency",
            "keywords", "datasetUrl", "structure", "publisher", "responsiblePerson", "distributions", "landingPage",
            "previousVersionsUrl", "extras");
    static final List<String> STRUCTURE = List.of("url", "fields");
    static final List<String> FIELD = List.of("name", "title", "description", "datatype", "required");
    static final List<String> PUBLISHER = List.of("name", "edrpou");
    static final List<String> PERSON = List.of("fullName", "email", "position", "order");
    static final List<String> ORDER = List.of("number", "date", "url");
    static final List<String> DISTRIBUTION = List.of("title", "url", "format", "compression", "mediaType",
            "sizeBytes");
    static final List<String> REGISTER = List.of("schemaVersion", "entries", "extraColumns");
    static final List<String> ENTRY = List.of("identifier", "title", "description", "accrualPeriodicity", "keywords",
            "purpose", "landingPage", "distributionFormats", "publisher", "contactPoint", "status", "annexDataset",
            "restriction", "responsiblePerson", "nextUpdateDue", "extraColumns");
    static final List<String> RESTRICTION = List.of("legalBasis", "since");

    private DocumentReader() {
    }

    // ------------------------------------------------------------------ reading

    /** The outcome of reading: the value when it could be built, and the problems found. */
    record Result<T>(@Nullable T value, List<Problem> problems) {
        /** Copies the problems. */
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads a passport document from a parser positioned on its first token (or before it).
     * Reads exactly one value; does not look beyond it. Problems are added to {@code sink} as they
     * are found, so that they are kept when a syntax error stops reading.
     */
    static Result<Passport> readPassport(JsonParser parser, List<Problem> sink)
            throws IOException {
        JsonIn in = start(parser, sink);
        Passport.Builder b = Passport.builder();
        boolean[] tooNew = {false};
        boolean read = in.object(PASSPORT, name -> {
            switch (name) {
                case "schemaVersion" -> tooNew[0] = !schemaVersion(in);
                case "identifier" -> b.identifier(in.string());
                case "title" -> b.title(in.string());
                case "description" -> b.description(in.string());
                case "purpose" -> b.purpose(in.string());
                case "language" -> b.language(in.string());
                case "formats" -> b.formats(in.array(() -> format(in, true)));
                case "compression" -> b.compression(format(in, false));
                case "firstPublished" -> b.firstPublished(in.dateTime());
                case "lastModified" -> b.lastModified(in.dateTime());
                case "dataAsOf" -> b.dataAsOf(in.date());
                case "updateFrequency" -> b.updateFrequency(frequency(in));
                case "keywords" -> b.keywords(in.strings());
                case "datasetUrl" -> b.datasetUrl(in.string());
                case "structure" -> b.structure(structure(in));
                case "publisher" -> b.publisher(publisher(in));
                case "responsiblePerson" -> b.responsiblePerson(person(in));
                case "distributions" -> b.distributions(in.array(() -> distribution(in)));
                case "landingPage" -> b.landingPage(in.string());
                case "previousVersionsUrl" -> b.previousVersionsUrl(in.string());
                case "extras" -> b.extras(in.stringMap());
                default -> throw new IllegalStateException(name);
            }
        });
        if (!read && parser.currentToken() == JsonToken.VALUE_NULL) {
            in.expected(JsonIn.Kind.OBJECT);
        }
        return finish(in, tooNew[0], read ? b.build() : null);
    }

    /** Reads a register document from a parser positioned on its first token (or before it); see {@link #readPassport}. */
    static Result<Register> readRegister(JsonParser parser, List<Problem> sink) throws IOException {
        Result<Located> r = readLocatedRegister(parser, sink);
        return new Result<>(r.value() == null ? null : r.value().register(), r.problems());
    }

    /** A register read, with where each of its entries' objects starts (line, column; 1-based). */
    record Located(Register register, int[] lines, int[] columns) {
    }

    /** As {@link #readRegister}, keeping where each entry starts. */
    static Result<Located> readLocatedRegister(JsonParser parser, List<Problem> sink) throws IOException {
        JsonIn in = start(parser, sink);
        List<RegisterEntry> entries = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<JsonLocation> entryAt = new ArrayList<>();
        List<JsonLocation> columnAt = new ArrayList<>();
        boolean[] tooNew = {false};
        boolean read = in.object(REGISTER, name -> {
            switch (name) {
                case "schemaVersion" -> tooNew[0] = !schemaVersion(in);
                case "entries" -> entries.addAll(in.array(() -> {
                    JsonLocation at = parser.currentTokenLocation();
                    RegisterEntry e = entry(in);
                    if (e != null) {
                        entryAt.add(at);
                    }
                    return e;
                }));
                case "extraColumns" -> columns.addAll(in.array(() -> {
                    JsonLocation at = parser.currentTokenLocation();
                    String c = in.requiredString();
                    if (c != null) {
                        columnAt.add(at);
                    }
                    return c;
                }));
                default -> throw new IllegalStateException(name);
            }
        });
        if (!read && parser.currentToken() == JsonToken.VALUE_NULL) {
            in.expected(JsonIn.Kind.OBJECT);
        }
        Register register = read && in.problems().isEmpty() && consistent(in, entries, entryAt, columns, columnAt)
                ? new Register(entries, columns) : null;
        Located located = null;
        if (register != null) {
            int[] lines = new int[entryAt.size()];
            int[] cols = new int[entryAt.size()];
            for (int i = 0; i < lines.length; i++) {
                lines[i] = entryAt.get(i).getLineNr();
                cols[i] = entryAt.get(i).getColumnNr();
            }
            located = new Located(register, lines, cols);
        }
        return finish(in, tooNew[0], located);
    }

    /**
     * The register's own structural check (each further column declared once, every cell's column
     * declared), reported with places instead of an {@code IllegalArgumentException}.
     */
    private static boolean consistent(JsonIn in, List<RegisterEntry> entries, List<JsonLocation> entryAt,
            List<String> columns, List<JsonLocation> columnAt) throws IOException {
        Set<String> declared = new LinkedHashSet<>();
        boolean consistent = true;
        for (int i = 0; i < columns.size(); i++) {
            if (!declared.add(columns.get(i))) {
                int index = i;
                String column = columns.get(i);
                in.at("extraColumns", () -> in.at(index, () -> in.problemAt(columnAt.get(index), "column.twice",
                        column)));
                consistent = false;
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            for (String key : entries.get(i).extraColumns().keySet()) {
                if (!declared.contains(key)) {
                    int index = i;
                    in.at("entries", () -> in.at(index, () -> in.at("extraColumns", () -> in.at(key, () ->
                            in.problemAt(entryAt.get(index), "column.undeclared", key)))));
                    consistent = false;
                }
            }
        }
        return consistent;
    }

    /** Reads one register entry (no schema version) from a parser positioned on or before it; see {@link #readPassport}. */
    static Result<RegisterEntry> readEntry(JsonParser parser, List<Problem> sink) throws IOException {
        JsonIn in = start(parser, sink);
        RegisterEntry e = entry(in);
        if (e == null && parser.currentToken() == JsonToken.VALUE_NULL) {
            in.expected(JsonIn.Kind.OBJECT);
        }
        return finish(in, false, e);
    }

    private static JsonIn start(JsonParser parser, List<Problem> sink) throws IOException {
        JsonIn in = new JsonIn(parser, sink);
        if (parser.currentToken() == null) {
            parser.nextToken();
        }
        if (parser.currentToken() == null) {
            in.problem("input.empty");
        }
        return in;
    }

    private static <T> Result<T> finish(JsonIn in, boolean tooNew, @Nullable T value) {
        if (tooNew) {
            // A newer schema explains any other problem: report only that.
            List<Problem> version = in.problems().stream().filter(p -> p.path().equals("$.schemaVersion")).toList();
            return new Result<>(null, version);
        }
        return new Result<>(in.problems().isEmpty() ? value : null, in.problems());
    }

    /** Reads schemaVersion; false when it is higher than this codec reads. */
    private static boolean schemaVersion(JsonIn in) throws IOException {
        JsonParser p = in.parser();
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            tooNew(in, p.getText());
            return false;
        }
        Long v = in.wholeNumber();
        if (v == null) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                in.expected(JsonIn.Kind.WHOLE_NUMBER);
            }
            return true;
        }
        if (v > SCHEMA_VERSION) {
            tooNew(in, Long.toString(v));
            return false;
        }
        if (v < 1) {
            in.problem("schema.none", Long.toString(v));
        }
        return true;
    }

    private static void tooNew(JsonIn in, String version) {
        in.problem("schema.tooNew", version, Integer.toString(SCHEMA_VERSION));
    }

    private static @Nullable DataFormat format(JsonIn in, boolean required) throws IOException {
        String raw = required ? in.requiredString() : in.string();
        return raw == null ? null : DataFormat.parse(raw);
    }

    private static @Nullable UpdateFrequency frequency(JsonIn in) throws IOException {
        String raw = in.string();
        return raw == null ? null : UpdateFrequency.parse(raw);
    }

    private static @Nullable DataStructure structure(JsonIn in) throws IOException {
        String[] url = {null};
        List<StructureField> fields = new ArrayList<>();
        boolean read = in.object(STRUCTURE, name -> {
            switch (name) {
                case "url" -> url[0] = in.string();
                case "fields" -> fields.addAll(in.array(() -> field(in)));
                default -> throw new IllegalStateException(name);
            }
        });
        return read ? new DataStructure(url[0], fields) : null;
    }

    private static @Nullable StructureField field(JsonIn in) throws IOException {
        Map<String, String> s = new HashMap<>();
        boolean[] required = {false};
        boolean read = in.object(FIELD, name -> {
            if (name.equals("required")) {
                required[0] = in.bool();
            } else {
                String v = in.string();
                if (v != null) {
                    s.put(name, v);
                }
            }
        });
        if (!read) {
            nullElement(in);
            return null;
        }
        return new StructureField(s.get("name"), s.get("title"), s.get("description"), s.get("datatype"), required[0]);
    }

    private static @Nullable Publisher publisher(JsonIn in) throws IOException {
        Map<String, String> s = new HashMap<>();
        boolean read = in.object(PUBLISHER, name -> put(s, name, in.string()));
        return read ? new Publisher(s.get("name"), s.get("edrpou")) : null;
    }

    private static @Nullable ResponsiblePerson person(JsonIn in) throws IOException {
        Map<String, String> s = new HashMap<>();
        DesignationOrder[] order = {null};
        boolean read = in.object(PERSON, name -> {
            if (name.equals("order")) {
                order[0] = order(in);
            } else {
                put(s, name, in.string());
            }
        });
        return read ? new ResponsiblePerson(s.get("fullName"), s.get("email"), s.get("position"), order[0]) : null;
    }

    private static @Nullable DesignationOrder order(JsonIn in) throws IOException {
        Map<String, String> s = new HashMap<>();
        LocalDate[] date = {null};
        boolean read = in.object(ORDER, name -> {
            if (name.equals("date")) {
                date[0] = in.date();
            } else {
                put(s, name, in.string());
            }
        });
        return read ? new DesignationOrder(s.get("number"), date[0], s.get("url")) : null;
    }

    private static @Nullable Distribution distribution(JsonIn in) throws IOException {
        Map<String, String> s = new HashMap<>();
        DataFormat[] formats = {null, null};
        Long[] size = {null};
        boolean read = in.object(DISTRIBUTION, name -> {
            switch (name) {
                case "format" -> formats[0] = format(in, false);
                case "compression" -> formats[1] = format(in, false);
                case "sizeBytes" -> size[0] = in.wholeNumber();
                default -> put(s, name, in.string());
            }
        });
        if (!read) {
            nullElement(in);
            return null;
        }
        return new Distribution(s.get("title"), s.get("url"), formats[0], formats[1], s.get("mediaType"), size[0]);
    }

    private static @Nullable RegisterEntry entry(JsonIn in) throws IOException {
        RegisterEntry.Builder b = RegisterEntry.builder();
        boolean read = in.object(ENTRY, name -> {
            switch (name) {
                case "identifier" -> b.identifier(in.string());
                case "title" -> b.title(in.string());
                case "description" -> b.description(in.string());
                case "accrualPeriodicity" -> b.accrualPeriodicity(frequency(in));
                case "keywords" -> b.keywords(in.strings());
                case "purpose" -> b.purpose(in.string());
                case "landingPage" -> b.landingPage(in.string());
                case "distributionFormats" -> b.distributionFormats(in.array(() -> format(in, true)));
                case "publisher" -> Optional.ofNullable(publisher(in)).ifPresent(b::publisher);
                case "contactPoint" -> Optional.ofNullable(person(in)).ifPresent(b::contactPoint);
                case "status" -> b.status(status(in));
                case "annexDataset" -> b.annexDataset(in.string());
                case "restriction" -> b.restriction(restriction(in));
                case "responsiblePerson" -> b.responsiblePerson(in.string());
                case "nextUpdateDue" -> b.nextUpdateDue(in.date());
                case "extraColumns" -> b.extraColumns(in.stringMap());
                default -> throw new IllegalStateException(name);
            }
        });
        if (!read) {
            nullElement(in);
            return null;
        }
        return b.build();
    }

    private static @Nullable EntryStatus status(JsonIn in) throws IOException {
        String code = in.string();
        if (code == null) {
            return null;
        }
        for (EntryStatus s : EntryStatus.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        String codes = String.join(", ", java.util.Arrays.stream(EntryStatus.values()).map(EntryStatus::code).toList());
        in.problem("status.unknown", code, codes);
        return null;
    }

    private static @Nullable Restriction restriction(JsonIn in) throws IOException {
        String[] basis = {null};
        LocalDate[] since = {null};
        boolean read = in.object(RESTRICTION, name -> {
            if (name.equals("since")) {
                since[0] = in.date();
            } else {
                basis[0] = in.string();
            }
        });
        return read ? new Restriction(basis[0], since[0]) : null;
    }

    /** An array element that is JSON null where an object is needed. */
    private static void nullElement(JsonIn in) throws IOException {
        if (in.parser().currentToken() == JsonToken.VALUE_NULL) {
            in.expected(JsonIn.Kind.OBJECT);
        }
    }

    private static void put(Map<String, String> map, String key, @Nullable String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
