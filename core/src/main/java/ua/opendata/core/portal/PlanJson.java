package ua.opendata.core.portal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.LocalizedText;

/**
 * Writes a {@link PublishPlan} as JSON for machines. The layout is stable: keys in a fixed order,
 * {@code null} written for absent values, items in plan order:
 * <pre>{@code
 * {"format":"ua-opendata-publish-plan/1","organization":…,"profile":…,"licenseId":…,
 *  "summary":{"CREATE":n,…},
 *  "items":[{"name":…,"identifier":…,"action":"UPDATE","reason":{"uk":…,"en":…}|null,
 *            "changes":[{"field":…,"old":…,"new":…}],
 *            "uploads":[{"distribution":…,"file":…,"sha256":…,"storedSha256":…}],
 *            "notes":[{"element":…,"kind":…,"uk":…,"en":…}],
 *            "blockingFindings":[{"ruleId":…,"path":…,"uk":…,"en":…}]}]}
 * }</pre>
 */
public final class PlanJson {

    /** The value of the {@code format} key. */
    public static final String FORMAT = "ua-opendata-publish-plan/1";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private PlanJson() {
    }

    /** The plan as a JSON tree. */
    public static ObjectNode toJson(PublishPlan plan) {
        Objects.requireNonNull(plan, "plan");
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("organization", plan.organization());
        root.put("profile", plan.profile().name());
        root.put("licenseId", plan.licenseId());
        ObjectNode summary = root.putObject("summary");
        plan.summary().forEach((a, n) -> summary.put(a.name(), n));
        ArrayNode items = root.putArray("items");
        for (PlanItem i : plan.items()) {
            ObjectNode o = items.addObject();
            o.put("name", i.name());
            o.put("identifier", i.identifier());
            o.put("action", i.action().name());
            if (i.reason() == null) {
                o.putNull("reason");
            } else {
                text(o.putObject("reason"), i.reason());
            }
            ArrayNode changes = o.putArray("changes");
            for (FieldChange c : i.changes()) {
                changes.addObject().put("field", c.field()).put("old", c.oldValue()).put("new", c.newValue());
            }
            ArrayNode uploads = o.putArray("uploads");
            for (PlannedUpload u : i.uploads()) {
                uploads.addObject().put("distribution", u.distribution()).put("file", u.file().toString())
                        .put("sha256", u.sha256()).put("storedSha256", u.storedSha256());
            }
            ArrayNode notes = o.putArray("notes");
            for (MappingNote n : i.notes()) {
                text(notes.addObject().put("element", n.element()).put("kind", n.kind().name()), n.message());
            }
            ArrayNode findings = o.putArray("blockingFindings");
            for (Finding f : i.blockingFindings()) {
                text(findings.addObject().put("ruleId", f.ruleId()).put("path", f.path()), f.message());
            }
        }
        return root;
    }

    /**
     * Writes the plan as UTF-8 JSON; the stream is flushed, not closed.
     *
     * @throws UncheckedIOException when the stream fails
     */
    public static void write(PublishPlan plan, OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            JSON.writeValue(out, toJson(plan));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the publish plan as JSON: " + e.getMessage()
                    + " / не вдається записати план публікації", e);
        }
    }

    private static void text(ObjectNode o, LocalizedText t) {
        o.put("uk", t.uk());
        o.put("en", t.en());
    }
}
