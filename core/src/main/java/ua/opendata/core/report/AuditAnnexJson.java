package ua.opendata.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/** The {@code annex} member of an audit's {@code portal} member in report.json. Not for public use. */
final class AuditAnnexJson {

    private AuditAnnexJson() {
    }

    /** Writes the annex positions the audited datasets fulfil ({@link ua.opendata.core.audit.AuditAnnex}). */
    static void write(JsonGenerator g, ua.opendata.core.audit.AuditAnnex a) throws IOException {
        g.writeObjectFieldStart("annex");
        g.writeStringField("version", a.annexVersion());
        g.writeArrayFieldStart("sections");
        for (String s : a.sections()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeStringField("basis", a.basis().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("holder", a.holder());
        g.writeArrayFieldStart("positions");
        for (ua.opendata.core.audit.AuditAnnex.Position p : a.positions()) {
            g.writeStartObject();
            g.writeStringField("ref", p.position().ref());
            g.writeStringField("name", p.position().nameUk());
            g.writeStringField("state", p.state().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("method", p.method().name().toLowerCase(java.util.Locale.ROOT));
            g.writeNumberField("score", Math.round(p.score() * 100) / 100.0);
            g.writeStringField("reason", p.reason().toString());
            strings(g, "datasets", p.datasets());
            strings(g, "proposed", p.proposed());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("extra");
        for (ua.opendata.core.audit.AuditAnnex.Extra x : a.extras()) {
            g.writeStartObject();
            g.writeStringField("name", x.name());
            g.writeStringField("title", x.title());
            g.writeBooleanField("restricted", x.restricted());
            g.writeStringField("method", x.method().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("proposed", x.proposed());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
