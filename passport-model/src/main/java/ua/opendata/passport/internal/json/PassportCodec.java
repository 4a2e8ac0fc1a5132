package ua.opendata.passport.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
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
import ua.opendata.passport.json.PassportJsonException;
import ua.opendata.passport.json.PassportJsonException.Problem;

/**
 * Reads and writes passport and register documents on Jackson's streaming API. The property names
 * are the record component names; {@code null} components are omitted on write, lists and maps are
 * always written ({@code []} and {@code {}} when empty). On read, a missing property and JSON
 * {@code null} both mean absent (an empty list or map for collections). Map keys with an unpaired
 * UTF-16 surrogate are refused on write, since Jackson (rightly) refuses them in property names.
 */
public final class PassportCodec {

    /** The schema version this codec writes and the highest it reads. */
    public static final int SCHEMA_VERSION = 1;

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

    private PassportCodec() {
    }

    // ------------------------------------------------------------------ reading

    /** The outcome of reading: the value when it could be built, and the problems found. */
    public record Result<T>(@Nullable T value, List<Problem> problems) {
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
    public static Result<Passport> readPassport(JsonParser parser, List<Problem> sink)
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
    public static Result<Register> readRegister(JsonParser parser, List<Problem> sink) throws IOException {
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
        Register register = null;
        if (read && in.problems().isEmpty()) {
            // The register's own structural check, reported with places instead of an IllegalArgumentException.
            Set<String> declared = new LinkedHashSet<>();
            boolean consistent = true;
            for (int i = 0; i < columns.size(); i++) {
                if (!declared.add(columns.get(i))) {
                    int index = i;
                    String column = columns.get(i);
                    in.at("extraColumns", () -> in.at(index, () -> in.problemAt(columnAt.get(index),
                            "the column '" + column + "' is declared twice; declare each extra column once",
                            "стовпець '" + column + "' оголошено двічі; оголосіть кожен додатковий стовпець один раз")));
                    consistent = false;
                }
            }
            for (int i = 0; i < entries.size(); i++) {
                for (String key : entries.get(i).extraColumns().keySet()) {
                    if (!declared.contains(key)) {
                        int index = i;
                        in.at("entries", () -> in.at(index, () -> in.at("extraColumns", () -> in.at(key, () ->
                                in.problemAt(entryAt.get(index), "the cell is for column '" + key + "', which is not "
                                        + "declared; add '" + key + "' to $.extraColumns or remove the cell",
                                        "клітинка належить стовпцю '" + key + "', якого не оголошено; додайте '" + key
                                                + "' до $.extraColumns або вилучіть клітинку")))));
                        consistent = false;
                    }
                }
            }
            if (consistent) {
                register = new Register(entries, columns);
            }
        }
        return finish(in, tooNew[0], register);
    }

    /** Reads one register entry (no schema version) from a parser positioned on or before it; see {@link #readPassport}. */
    public static Result<RegisterEntry> readEntry(JsonParser parser, List<Problem> sink) throws IOException {
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
            in.problem("the input is empty; a JSON object was expected", "дані порожні; очікувався об'єкт JSON");
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
            in.problem("schemaVersion " + v + " does not exist; write 1 (or leave it out)",
                    "schemaVersion " + v + " не існує; запишіть 1 (або не вказуйте)");
        }
        return true;
    }

    private static void tooNew(JsonIn in, String version) {
        in.problem("schemaVersion " + version + " is newer than this version of ua-opendata reads (up to "
                + SCHEMA_VERSION + "); upgrade ua-opendata, or write the document with schemaVersion 1",
                "schemaVersion " + version + " новіша, ніж ця версія ua-opendata вміє читати (до " + SCHEMA_VERSION
                        + "); оновіть ua-opendata або запишіть документ зі schemaVersion 1");
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
        in.problem("unknown status '" + code + "'; use one of " + codes,
                "невідомий статус '" + code + "'; використайте один із: " + codes);
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

    // ------------------------------------------------------------------ writing

    /** Writes a passport document, {@code schemaVersion} first. */
    public static void writePassport(Passport p, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);
        string(g, "identifier", p.identifier());
        string(g, "title", p.title());
        string(g, "description", p.description());
        string(g, "purpose", p.purpose());
        string(g, "language", p.language());
        formats(g, "formats", p.formats());
        string(g, "compression", raw(p.compression()));
        dateTime(g, "firstPublished", p.firstPublished());
        dateTime(g, "lastModified", p.lastModified());
        date(g, "dataAsOf", p.dataAsOf());
        string(g, "updateFrequency", raw(p.updateFrequency()));
        strings(g, "keywords", p.keywords());
        string(g, "datasetUrl", p.datasetUrl());
        if (p.structure() != null) {
            DataStructure s = p.structure();
            g.writeObjectFieldStart("structure");
            string(g, "url", s.url());
            g.writeArrayFieldStart("fields");
            for (StructureField f : s.fields()) {
                g.writeStartObject();
                string(g, "name", f.name());
                string(g, "title", f.title());
                string(g, "description", f.description());
                string(g, "datatype", f.datatype());
                g.writeBooleanField("required", f.required());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        if (p.publisher() != null) {
            g.writeFieldName("publisher");
            publisher(g, p.publisher());
        }
        if (p.responsiblePerson() != null) {
            g.writeFieldName("responsiblePerson");
            person(g, p.responsiblePerson());
        }
        g.writeArrayFieldStart("distributions");
        for (Distribution d : p.distributions()) {
            g.writeStartObject();
            string(g, "title", d.title());
            string(g, "url", d.url());
            string(g, "format", raw(d.format()));
            string(g, "compression", raw(d.compression()));
            string(g, "mediaType", d.mediaType());
            if (d.sizeBytes() != null) {
                g.writeNumberField("sizeBytes", d.sizeBytes());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        string(g, "landingPage", p.landingPage());
        string(g, "previousVersionsUrl", p.previousVersionsUrl());
        map(g, "extras", p.extras());
        g.writeEndObject();
    }

    /** Writes a register document, {@code schemaVersion} first. */
    public static void writeRegister(Register r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);
        g.writeArrayFieldStart("entries");
        for (RegisterEntry e : r.entries()) {
            writeEntry(e, g);
        }
        g.writeEndArray();
        strings(g, "extraColumns", r.extraColumns());
        g.writeEndObject();
    }

    /** Writes one register entry. */
    public static void writeEntry(RegisterEntry e, JsonGenerator g) throws IOException {
        g.writeStartObject();
        string(g, "identifier", e.identifier());
        string(g, "title", e.title());
        string(g, "description", e.description());
        string(g, "accrualPeriodicity", raw(e.accrualPeriodicity()));
        strings(g, "keywords", e.keywords());
        string(g, "purpose", e.purpose());
        string(g, "landingPage", e.landingPage());
        formats(g, "distributionFormats", e.distributionFormats());
        g.writeFieldName("publisher");
        publisher(g, e.publisher());
        g.writeFieldName("contactPoint");
        person(g, e.contactPoint());
        string(g, "status", e.status() == null ? null : e.status().code());
        string(g, "annexDataset", e.annexDataset());
        if (e.restriction() != null) {
            g.writeObjectFieldStart("restriction");
            string(g, "legalBasis", e.restriction().legalBasis());
            date(g, "since", e.restriction().since());
            g.writeEndObject();
        }
        string(g, "responsiblePerson", e.responsiblePerson());
        date(g, "nextUpdateDue", e.nextUpdateDue());
        map(g, "extraColumns", e.extraColumns());
        g.writeEndObject();
    }

    private static void publisher(JsonGenerator g, Publisher p) throws IOException {
        g.writeStartObject();
        string(g, "name", p.name());
        string(g, "edrpou", p.edrpou());
        g.writeEndObject();
    }

    private static void person(JsonGenerator g, ResponsiblePerson p) throws IOException {
        g.writeStartObject();
        string(g, "fullName", p.fullName());
        string(g, "email", p.email());
        string(g, "position", p.position());
        if (p.order() != null) {
            DesignationOrder o = p.order();
            g.writeObjectFieldStart("order");
            string(g, "number", o.number());
            date(g, "date", o.date());
            string(g, "url", o.url());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static @Nullable String raw(@Nullable DataFormat f) {
        return f == null ? null : f.raw();
    }

    private static @Nullable String raw(@Nullable UpdateFrequency f) {
        return f == null ? null : f.raw();
    }

    private static void string(JsonGenerator g, String name, @Nullable String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void formats(JsonGenerator g, String name, List<DataFormat> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (DataFormat v : values) {
            g.writeString(v.raw());
        }
        g.writeEndArray();
    }

    private static void map(JsonGenerator g, String name, Map<String, String> values) throws IOException {
        for (String key : values.keySet()) {
            if (!wellFormed(key)) {
                String path = "$." + name;
                throw new PassportJsonException("JSON output", List.of(new Problem(0, 0, path,
                        "the key '" + key + "' holds an unpaired UTF-16 surrogate, which JSON readers refuse in "
                                + "property names; correct the key (values may hold such text, keys may not)",
                        "ключ '" + key + "' містить непарний сурогат UTF-16, який читачі JSON не приймають у назвах "
                                + "властивостей; виправте ключ (у значеннях такий текст допустимий, у ключах — ні)")),
                        null);
            }
        }
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : values.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** Whether every surrogate in {@code s} is part of a proper pair. */
    static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static void dateTime(JsonGenerator g, String name, @Nullable OffsetDateTime value) throws IOException {
        if (value != null) {
            g.writeStringField(name, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
        }
    }

    private static void date(JsonGenerator g, String name, @Nullable LocalDate value) throws IOException {
        if (value != null) {
            g.writeStringField(name, DateTimeFormatter.ISO_LOCAL_DATE.format(value));
        }
    }
}
