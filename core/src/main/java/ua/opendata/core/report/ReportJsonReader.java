package ua.opendata.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.CoreException;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.rules.AnnexCoverage;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.TimelinessStatus;
import ua.opendata.core.rules.TimelinessVerdict;
import ua.opendata.core.rules.UpdateEvidence;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.EntryStatus;

/** Reads a {@link ReportJson} report back into a {@link ValidationReport}. Not for public use. */
final class ReportJsonReader {

    private ReportJsonReader() {
    }

    static ValidationReport parse(InputStream in, String source, JsonFactory factory, ObjectMapper mapper)
            throws IOException {
        JsonNode root;
        try (JsonParser p = factory.createParser(in)) {
            root = mapper.readTree(p);
        }
        if (root == null || !root.isObject() || !ReportJson.SCHEMA.equals(root.path("schema").asText(null))) {
            throw new CoreException(source + " is not a ua-opendata compliance report (member \"schema\" is not \""
                    + ReportJson.SCHEMA + "\")");
        }
        int version = root.path("schemaVersion").asInt(-1);
        if (version < 1 || version > ReportJson.SCHEMA_VERSION) {
            throw new CoreException(source + ": schemaVersion " + version + " is not supported (this SDK reads 1 to "
                    + ReportJson.SCHEMA_VERSION + "); use a newer SDK");
        }
        List<DatasetResult> datasets = new ArrayList<>();
        for (JsonNode d : root.path("datasets")) {
            datasets.add(new DatasetResult(d.path("index").asInt(), textOrNull(d, "identifier"), textOrNull(d, "title"),
                    status(textOrNull(d, "status")), d.path("errors").asInt(), d.path("warnings").asInt(),
                    d.path("infos").asInt(), timeliness(d.path("timeliness")), textOrNull(d, "responsible")));
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : root.path("findings")) {
            findings.add(new Finding(required(f, "rule", source), Severity.valueOf(required(f, "severity", source)),
                    textOrNull(f, "dataset"), required(f, "path", source), localized(f.path("message")),
                    localized(f.path("fix")), textOrNull(f, "excerpt"), LocationJson.read(f.path("location"))));
        }
        List<AnnexCoverage> annex = new ArrayList<>();
        for (JsonNode a : root.path("annex")) {
            annex.add(new AnnexCoverage(required(a, "section", source), required(a, "name", source),
                    list(a.path("published")), list(a.path("planned")), list(a.path("restricted")),
                    list(a.path("missing")), matchedBy(a.path("matchedBy"))));
        }
        String asOf = textOrNull(root, "asOf");
        return new ValidationReport(Instant.parse(required(root, "generatedAt", source)), findings, datasets,
                root.path("kpi").path("target").asDouble(0.85), annex, asOf == null ? null : LocalDate.parse(asOf));
    }

    private static @Nullable TimelinessVerdict timeliness(JsonNode t) {
        if (t == null || t.isNull() || t.isMissingNode()) {
            return null;
        }
        String last = textOrNull(t, "lastUpdate");
        String basis = textOrNull(t, "basis");
        UpdateEvidence evidence = last == null || basis == null ? null
                : new UpdateEvidence(LocalDate.parse(last), UpdateEvidence.Basis.valueOf(basis));
        String due = textOrNull(t, "dueDate");
        JsonNode reason = t.path("reason");
        return new TimelinessVerdict(TimelinessStatus.valueOf(t.path("status").asText()), evidence,
                due == null ? null : LocalDate.parse(due), t.path("daysSinceUpdate").asLong(-1),
                t.path("daysLate").asLong(0), reason.isObject() ? localized(reason) : null);
    }

    private static @Nullable EntryStatus status(@Nullable String code) {
        if (code == null) {
            return null;
        }
        return EntryStatus.parse(code).orElse(null);
    }

    private static LocalizedText localized(JsonNode n) {
        return new LocalizedText(n.path("uk").asText(""), n.path("en").asText(""));
    }

    private static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }

    private static @Nullable String textOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String required(JsonNode n, String field, String source) {
        String v = textOrNull(n, field);
        if (v == null) {
            throw new CoreException(source + ": member \"" + field + "\" is missing");
        }
        return v;
    }

    private static Map<String, String> matchedBy(JsonNode node) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
