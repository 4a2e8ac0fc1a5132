package ua.opendata.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.CoreException;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.audit.AuditDataset;
import ua.opendata.core.audit.AuditDifference;
import ua.opendata.core.audit.AuditFile;
import ua.opendata.core.audit.AuditResult;
import ua.opendata.core.mapping.MappingNote;
import ua.opendata.core.rules.AnnexCoverage;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.Rule;
import ua.opendata.core.rules.RuleCatalogue;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.TimelinessStatus;
import ua.opendata.core.rules.TimelinessVerdict;
import ua.opendata.core.rules.UpdateEvidence;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.io.AtomicFiles;

/**
 * The compliance report as JSON, in a stable, versioned schema ({@value #SCHEMA}, version
 * {@value #SCHEMA_VERSION}): machines read it, and a later run compares itself with it.
 *
 * <p>Top-level members, in this order: {@code schema}, {@code schemaVersion}, {@code generatedAt}
 * (ISO instant), {@code asOf} (only when the state was judged as of a past day: that day, ISO date;
 * added in schema version 1, so the version is unchanged), {@code kpi} ({@code value}, {@code target}, {@code passed}, {@code total},
 * {@code meetsTarget}), {@code counts} (by severity), {@code comparison} (only when a previous
 * report was given), {@code annex} (per section: {@code section}, {@code name}, {@code published},
 * {@code planned}, {@code restricted}, {@code missing} — lists of {@code section:position}; {@code matchedBy} — per position: column, mapping, title with its score, weak, ambiguous or missing),
 * {@code datasets} (per register entry: {@code index}, {@code identifier}, {@code title},
 * {@code status}, {@code responsible}, {@code passed}, {@code errors}, {@code warnings},
 * {@code infos}, {@code timeliness}), {@code findings} ({@code rule}, {@code severity},
 * {@code dataset}, {@code path}, {@code message} and {@code fix} as {@code {uk, en}},
 * {@code excerpt}, {@code location} — where the clerk fixes it in the source file, or {@code null}:
 * {@code text} ({@code register.csv:17:3}, {@code register.xlsx:Sheet1!C17}, {@code d-1.json}),
 * {@code file}, {@code sheet} (a workbook's, else {@code null}), {@code row} and {@code column} (1-based;
 * 0 for a whole file or row), {@code header} (the column's header as found, or {@code null})) and {@code rules} (the source of every rule that has a finding). Members whose
 * value is absent are written as {@code null}. Readers must ignore members they do not know.
 *
 * <p>An audit of a portal ({@link AuditResult}) adds an optional last member {@code portal}, written only
 * when a result is given (added in schema version 1, so the version is unchanged): {@code pageBase},
 * {@code organization}, {@code profile}, {@code datasets} (per portal dataset in report order:
 * {@code identifier}, {@code name}, {@code id}, {@code title}, {@code page} (the link to its portal page),
 * {@code organization}, {@code metadataModified}, {@code passed}, {@code timeliness} (the status),
 * {@code evidence} ({@code date}, {@code basis}: which date timeliness was judged on, or {@code null}),
 * {@code files} ({@code id}, {@code name}, {@code url}, {@code format}, {@code size}, {@code lastModified},
 * {@code created}, {@code status}, {@code detail} as {@code {uk, en}} or {@code null}) and {@code notes}
 * ({@code element}, {@code kind}, {@code message})), {@code compared} (whether a register was compared),
 * {@code comparison} ({@code kind} MISSING / EXTRA / DIFFERENT, {@code identifier}, {@code name},
 * {@code matchedBy}, {@code field}, {@code register}, {@code portal}) and {@code notes}. {@link #read} ignores
 * it.
 */
public final class ReportJson {

    /** The schema name written in every report. */
    public static final String SCHEMA = "ua-opendata/compliance-report";
    /** The schema version written; readers accept this version and older. */
    public static final int SCHEMA_VERSION = 1;

    private static final long MAX_READ_BYTES = 256L * 1024 * 1024;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                    .maxStringLength(16 * 1024 * 1024).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY).build();

    private ReportJson() {
    }

    /**
     * Writes the report atomically to a file.
     *
     * @param report the report to write
     * @param file   the file to create or replace; replaced only when the whole content was written
     * @throws UncheckedIOException when the file cannot be written (the message names it)
     */
    public static void write(ValidationReport report, Path file) {
        AtomicFiles.write(file, out -> write(report, null, null, out), ReportFiles::failed);
    }

    /**
     * Writes the report with its comparison with a previous report atomically to a file.
     *
     * @param report     the report to write
     * @param comparison what changed since the previous report, written beside the report
     * @param file       the file to create or replace; replaced only when the whole content was written
     * @throws UncheckedIOException when the file cannot be written (the message names it)
     */
    public static void write(ValidationReport report, ReportComparison comparison, Path file) {
        Objects.requireNonNull(comparison, "comparison");
        AtomicFiles.write(file, out -> write(report, comparison, null, out), ReportFiles::failed);
    }

    /**
     * Writes the report to a stream (UTF-8, pretty-printed); does not close it.
     *
     * @param report the report to write
     * @param out    where the JSON goes
     * @throws UncheckedIOException when {@code out} fails
     */
    public static void write(ValidationReport report, OutputStream out) {
        toStream(report, null, null, out);
    }

    /**
     * Writes the report with its comparison with a previous report to a stream (UTF-8, pretty-printed); does
     * not close it.
     *
     * @param report     the report to write
     * @param comparison what changed since the previous report, written beside the report
     * @param out        where the JSON goes
     * @throws UncheckedIOException when {@code out} fails
     */
    public static void write(ValidationReport report, ReportComparison comparison, OutputStream out) {
        toStream(report, Objects.requireNonNull(comparison, "comparison"), null, out);
    }

    /**
     * Writes an audit's report, with its {@code portal} member, atomically to a file.
     *
     * @param audit the audit; its {@link AuditResult#report()} is the report written
     * @param file  the file to create or replace
     * @throws UncheckedIOException when the file cannot be written (the message names it)
     */
    public static void write(AuditResult audit, Path file) {
        AtomicFiles.write(file, out -> write(audit.report(), null, audit, out), ReportFiles::failed);
    }

    /**
     * Writes an audit's report, with its {@code portal} member and the comparison with a previous report,
     * atomically to a file.
     *
     * @param audit      the audit; its {@link AuditResult#report()} is the report written
     * @param comparison the comparison with a previous report
     * @param file       the file to create or replace
     * @throws UncheckedIOException when the file cannot be written (the message names it)
     */
    public static void write(AuditResult audit, ReportComparison comparison, Path file) {
        Objects.requireNonNull(comparison, "comparison");
        AtomicFiles.write(file, out -> write(audit.report(), comparison, audit, out), ReportFiles::failed);
    }

    /**
     * Writes an audit's report, with its {@code portal} member, to a stream (UTF-8, pretty-printed); does not
     * close it.
     *
     * @param audit the audit; its {@link AuditResult#report()} is the report written
     * @param out   where to write
     * @throws UncheckedIOException when {@code out} fails
     */
    public static void write(AuditResult audit, OutputStream out) {
        toStream(audit.report(), null, audit, out);
    }

    /**
     * Writes an audit's report, with its {@code portal} member and the comparison with a previous report, to
     * a stream (UTF-8, pretty-printed); does not close it.
     *
     * @param audit      the audit; its {@link AuditResult#report()} is the report written
     * @param comparison the comparison with a previous report
     * @param out        where to write
     * @throws UncheckedIOException when {@code out} fails
     */
    public static void write(AuditResult audit, ReportComparison comparison, OutputStream out) {
        toStream(audit.report(), Objects.requireNonNull(comparison, "comparison"), audit, out);
    }

    private static void toStream(ValidationReport report, @Nullable ReportComparison comparison,
                                 @Nullable AuditResult portal, OutputStream out) {
        try {
            write(report, comparison, portal, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the JSON report: " + e.getMessage(), e);
        }
    }

    private static void write(ValidationReport report, @Nullable ReportComparison comparison,
                              @Nullable AuditResult portal, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeStringField("generatedAt", report.generatedAt().toString());
            if (report.asOf() != null) {
                g.writeStringField("asOf", report.asOf().toString());
            }
            g.writeObjectFieldStart("kpi");
            g.writeNumberField("value", round(report.kpi()));
            g.writeNumberField("target", report.kpiTarget());
            g.writeNumberField("passed", report.passedCount());
            g.writeNumberField("total", report.datasets().size());
            g.writeBooleanField("meetsTarget", report.meetsTarget());
            g.writeEndObject();
            g.writeObjectFieldStart("counts");
            for (Severity s : Severity.values()) {
                g.writeNumberField(s.name(), report.count(s));
            }
            g.writeEndObject();
            if (comparison != null) {
                writeComparison(g, comparison);
            }
            writeAnnex(g, report);
            g.writeArrayFieldStart("datasets");
            for (DatasetResult d : report.datasets()) {
                writeDataset(g, d);
            }
            g.writeEndArray();
            writeFindings(g, report);
            writeRules(g, report);
            if (portal != null) {
                writePortal(g, portal);
            }
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeDataset(JsonGenerator g, DatasetResult d) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", d.index());
        g.writeStringField("identifier", d.identifier());
        g.writeStringField("title", d.title());
        g.writeStringField("status", d.status() == null ? null : d.status().code());
        g.writeStringField("responsible", d.responsible());
        g.writeBooleanField("passed", d.passed());
        g.writeNumberField("errors", d.errors());
        g.writeNumberField("warnings", d.warnings());
        g.writeNumberField("infos", d.infos());
        TimelinessVerdict t = d.timeliness();
        if (t == null) {
            g.writeNullField("timeliness");
        } else {
            g.writeObjectFieldStart("timeliness");
            g.writeStringField("status", t.status().name());
            g.writeStringField("lastUpdate", t.evidence() == null ? null : t.evidence().date().toString());
            g.writeStringField("basis", t.evidence() == null ? null : t.evidence().basis().name());
            g.writeStringField("dueDate", t.dueDate() == null ? null : t.dueDate().toString());
            g.writeNumberField("daysSinceUpdate", t.daysSinceUpdate());
            g.writeNumberField("daysLate", t.daysLate());
            if (t.reason() == null) {
                g.writeNullField("reason");
            } else {
                text(g, "reason", t.reason());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writePortal(JsonGenerator g, AuditResult a) throws IOException {
        g.writeObjectFieldStart("portal");
        g.writeStringField("pageBase", a.pageBase());
        g.writeStringField("organization", a.organization());
        g.writeStringField("profile", a.profile());
        g.writeStringField("profileSource", a.profileSource().name().toLowerCase(java.util.Locale.ROOT));
        g.writeArrayFieldStart("portalFindings");
        for (Finding f : a.portalFindings()) {
            g.writeStartObject();
            g.writeStringField("rule", f.ruleId());
            g.writeStringField("severity", f.severity().name());
            g.writeStringField("dataset", f.datasetId());
            g.writeStringField("path", f.path());
            text(g, "message", f.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("datasets");
        for (AuditDataset d : a.datasets()) {
            writeAuditDataset(g, a, d);
        }
        g.writeEndArray();
        g.writeBooleanField("compared", a.compared());
        g.writeArrayFieldStart("comparison");
        for (AuditDifference x : a.comparison()) {
            g.writeStartObject();
            g.writeStringField("kind", x.kind().name());
            g.writeStringField("identifier", x.identifier());
            g.writeStringField("name", x.datasetName());
            g.writeStringField("matchedBy", x.matchedBy() == null ? null : x.matchedBy().name());
            g.writeStringField("field", x.field());
            g.writeStringField("register", x.registerValue());
            g.writeStringField("portal", x.portalValue());
            g.writeEndObject();
        }
        g.writeEndArray();
        notes(g, a.notes());
        g.writeEndObject();
    }

    private static void writeAnnex(JsonGenerator g, ValidationReport report) throws IOException {
        g.writeArrayFieldStart("annex");
        for (AnnexCoverage a : report.annex()) {
            g.writeStartObject();
            g.writeStringField("section", a.sectionCode());
            g.writeStringField("name", a.sectionName());
            strings(g, "published", a.published());
            strings(g, "planned", a.planned());
            strings(g, "restricted", a.restricted());
            strings(g, "missing", a.missing());
            g.writeObjectFieldStart("matchedBy");
            for (Map.Entry<String, String> m : a.matchedBy().entrySet()) {
                g.writeStringField(m.getKey(), m.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeFindings(JsonGenerator g, ValidationReport report) throws IOException {
        g.writeArrayFieldStart("findings");
        for (Finding f : report.findings()) {
            g.writeStartObject();
            g.writeStringField("rule", f.ruleId());
            g.writeStringField("severity", f.severity().name());
            g.writeStringField("dataset", f.datasetId());
            g.writeStringField("path", f.path());
            text(g, "message", f.message());
            text(g, "fix", f.fix());
            g.writeStringField("excerpt", f.excerpt());
            LocationJson.write(g, f.location());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeRules(JsonGenerator g, ValidationReport report) throws IOException {
        g.writeObjectFieldStart("rules");
        for (String id : new java.util.TreeSet<>(report.countByRule().keySet())) {
            Rule r = RuleCatalogue.standard().find(id).orElse(null);
            if (r == null) {
                continue;
            }
            g.writeObjectFieldStart(id);
            g.writeStringField("defaultSeverity", r.severity().name());
            g.writeStringField("document", r.source().document());
            g.writeStringField("clause", r.source().clause());
            g.writeStringField("url", r.source().url());
            g.writeStringField("certainty", r.source().certainty().name());
            text(g, "description", r.description());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeAuditDataset(JsonGenerator g, AuditResult a, AuditDataset d) throws IOException {
        DatasetResult verdict = a.verdict(d).orElse(null);
        g.writeStartObject();
        g.writeStringField("identifier", d.identifier());
        g.writeStringField("name", d.name());
        g.writeStringField("id", d.id());
        g.writeStringField("title", d.title());
        g.writeStringField("page", d.pageUrl());
        g.writeStringField("organization", d.organization());
        g.writeStringField("metadataModified", d.metadataModified() == null ? null : d.metadataModified().toString());
        if (verdict == null) {
            g.writeNullField("passed");
        } else {
            g.writeBooleanField("passed", verdict.passed());
        }
        g.writeStringField("timeliness", verdict == null || verdict.timeliness() == null ? null
                : verdict.timeliness().status().name());
        UpdateEvidence ev = d.evidence();
        if (ev == null) {
            g.writeNullField("evidence");
        } else {
            g.writeObjectFieldStart("evidence");
            g.writeStringField("date", ev.date().toString());
            g.writeStringField("basis", ev.basis().name());
            g.writeEndObject();
        }
        writeFiles(g, d.files());
        notes(g, d.notes());
        g.writeEndObject();
    }

    private static void writeFiles(JsonGenerator g, List<AuditFile> files) throws IOException {
        g.writeArrayFieldStart("files");
        for (AuditFile f : files) {
            g.writeStartObject();
            g.writeStringField("id", f.id());
            g.writeStringField("name", f.name());
            g.writeStringField("url", f.url());
            g.writeStringField("format", f.format());
            if (f.size() == null) {
                g.writeNullField("size");
            } else {
                g.writeNumberField("size", f.size());
            }
            g.writeStringField("lastModified", f.lastModified() == null ? null : f.lastModified().toString());
            g.writeStringField("created", f.created() == null ? null : f.created().toString());
            g.writeStringField("status", f.status().state().name());
            if (f.status().detail() == null) {
                g.writeNullField("detail");
            } else {
                text(g, "detail", f.status().detail());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void notes(JsonGenerator g, List<MappingNote> notes) throws IOException {
        g.writeArrayFieldStart("notes");
        for (MappingNote n : notes) {
            g.writeStartObject();
            g.writeStringField("element", n.element());
            g.writeStringField("kind", n.kind().name());
            text(g, "message", n.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeComparison(JsonGenerator g, ReportComparison c) throws IOException {
        g.writeObjectFieldStart("comparison");
        g.writeStringField("previousGeneratedAt", c.previousGeneratedAt().toString());
        g.writeNumberField("previousKpi", round(c.previousKpi()));
        g.writeNumberField("kpiChange", round(c.kpiChange()));
        g.writeNumberField("newFindings", c.newFindings().size());
        g.writeNumberField("resolvedFindings", c.resolvedFindings().size());
        strings(g, "newlyFailing", c.newlyFailing());
        strings(g, "newlyPassing", c.newlyPassing());
        g.writeEndObject();
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void text(JsonGenerator g, String name, LocalizedText t) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("uk", t.uk());
        g.writeStringField("en", t.en());
        g.writeEndObject();
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads a report written by {@link #write}, e.g. last year's, to compare with.
     *
     * @param file the report file, at most 256 MiB
     * @return the report as it was written
     * @throws UncheckedIOException when the file cannot be read or is too large (the message names the file)
     * @throws CoreException        when it is not such a report or is of a newer schema version; the message
     *                              names the file and the member
     */
    public static ValidationReport read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > MAX_READ_BYTES) {
                throw new IOException("the file is larger than " + MAX_READ_BYTES / (1024 * 1024) + " MiB");
            }
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the report " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a report from a stream, which it does not close; {@code source} names it in messages.
     *
     * @param in     the report's UTF-8 JSON
     * @param source the input's name for messages, e.g. a file name
     * @return the report as it was written
     * @throws UncheckedIOException when the stream cannot be read
     * @throws CoreException        when it is not such a report or is of a newer schema version
     */
    public static ValidationReport read(InputStream in, String source) {
        try {
            return parse(in, source);
        } catch (CoreException e) {
            throw e;
        } catch (JsonProcessingException | RuntimeException e) {
            throw new CoreException(source + " is not a readable compliance report: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the report " + source + ": " + e.getMessage(), e);
        }
    }

    private static ValidationReport parse(InputStream in, String source) throws IOException {
        JsonNode root;
        try (JsonParser p = FACTORY.createParser(in)) {
            root = MAPPER.readTree(p);
        }
        if (root == null || !root.isObject() || !SCHEMA.equals(root.path("schema").asText(null))) {
            throw new CoreException(source + " is not a ua-opendata compliance report (member \"schema\" is not \""
                    + SCHEMA + "\")");
        }
        int version = root.path("schemaVersion").asInt(-1);
        if (version < 1 || version > SCHEMA_VERSION) {
            throw new CoreException(source + ": schemaVersion " + version + " is not supported (this SDK reads 1 to "
                    + SCHEMA_VERSION + "); use a newer SDK");
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
