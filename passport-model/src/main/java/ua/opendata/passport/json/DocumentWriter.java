package ua.opendata.passport.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.DataStructure;
import ua.opendata.passport.DesignationOrder;
import ua.opendata.passport.Distribution;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.StructureField;
import ua.opendata.passport.UpdateFrequency;
import ua.opendata.passport.json.PassportJsonException;

/**
 * Writes passport and register documents on Jackson's streaming API, {@code schemaVersion} first
 * ({@link DocumentReader} reads them). The property names are the record component names;
 * {@code null} components are omitted, lists and maps are always written ({@code []} and
 * {@code {}} when empty). Map keys with an unpaired UTF-16 surrogate are refused, since Jackson
 * (rightly) refuses them in property names.
 */
final class DocumentWriter {

    private static final int SCHEMA_VERSION = PassportJson.SCHEMA_VERSION;

    private DocumentWriter() {
    }

    /** Writes a passport document, {@code schemaVersion} first. */
    static void writePassport(Passport p, JsonGenerator g) throws IOException {
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
            structure(g, p.structure());
        }
        if (p.publisher() != null) {
            g.writeFieldName("publisher");
            publisher(g, p.publisher());
        }
        if (p.responsiblePerson() != null) {
            g.writeFieldName("responsiblePerson");
            person(g, p.responsiblePerson());
        }
        distributions(g, p.distributions());
        string(g, "landingPage", p.landingPage());
        string(g, "previousVersionsUrl", p.previousVersionsUrl());
        map(g, "extras", p.extras());
        g.writeEndObject();
    }

    private static void structure(JsonGenerator g, DataStructure s) throws IOException {
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

    private static void distributions(JsonGenerator g, List<Distribution> distributions) throws IOException {
        g.writeArrayFieldStart("distributions");
        for (Distribution d : distributions) {
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
    }

    /** Writes a register document, {@code schemaVersion} first. */
    static void writeRegister(Register r, JsonGenerator g) throws IOException {
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
    static void writeEntry(RegisterEntry e, JsonGenerator g) throws IOException {
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
                throw new PassportJsonException("JSON output", List.of(JsonText.problem(0, 0, path, "key.surrogate",
                        key)), null);
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
