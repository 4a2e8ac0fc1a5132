package ua.opendata.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanException;
import ua.opendata.ckan.CkanSearchQuery;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.core.internal.mapping.PortalKeys;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.mapping.ProfileDetection;

/** Tells a data.gov.ua-like portal from a stock CKAN. Not for public use. */
final class ProfileDetector {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileDetector.class);
    /** The top-level fields of data.gov.ua's dataset schema that a stock CKAN does not have. */
    private static final String[] DGUA_FIELDS = {"purpose_of_collecting_information", "update_frequency"};

    private ProfileDetector() {
    }

    /**
     * Asks {@code scheming_dataset_schema_show} (type {@code dataset}) whether the schema has data.gov.ua's
     * fields; when the portal has no such action, looks at one dataset (of the organization, when given) for
     * data.gov.ua's top-level fields or the stock profile's {@code r835_} extras; else the stock profile.
     */
    public static ProfileDetection detect(CkanClient client, @Nullable String organization) {
        Optional<Boolean> schema = fromSchema(client);
        if (schema.isPresent()) {
            return new ProfileDetection(schema.get() ? PortalProfile.dataGovUa() : PortalProfile.stockCkan(),
                    ProfileDetection.Source.SCHEMA);
        }
        CkanSearchQuery.Builder q = CkanSearchQuery.builder().rows(5);
        if (organization != null) {
            q.fq("organization:" + organization);
        }
        for (CkanDataset d : client.packageSearch(q.build()).results()) {
            for (String f : DGUA_FIELDS) {
                if (d.customText(f).isPresent()) {
                    return new ProfileDetection(PortalProfile.dataGovUa(), ProfileDetection.Source.DATASETS);
                }
            }
            if (d.extras() != null && d.extras().stream()
                    .anyMatch(e -> e.key() != null && e.key().startsWith(PortalKeys.PREFIX))) {
                return new ProfileDetection(PortalProfile.stockCkan(), ProfileDetection.Source.DATASETS);
            }
        }
        return new ProfileDetection(PortalProfile.stockCkan(), ProfileDetection.Source.DEFAULT);
    }

    /** Whether the scheming schema has data.gov.ua's fields; empty when the portal answers no schema. */
    private static Optional<Boolean> fromSchema(CkanClient client) {
        JsonNode schema;
        try {
            schema = client.callTree("scheming_dataset_schema_show",
                    JsonNodeFactory.instance.objectNode().put("type", "dataset"));
        } catch (CkanException e) {
            LOG.debug("profile detection: no scheming schema ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
        JsonNode fields = schema == null ? null : schema.get("dataset_fields");
        if (fields == null || !fields.isArray()) {
            return Optional.empty();
        }
        int found = 0;
        for (JsonNode f : fields) {
            String name = f.path("field_name").asText("");
            for (String k : DGUA_FIELDS) {
                if (k.equals(name)) {
                    found++;
                }
            }
        }
        return Optional.of(found == DGUA_FIELDS.length);
    }
}
