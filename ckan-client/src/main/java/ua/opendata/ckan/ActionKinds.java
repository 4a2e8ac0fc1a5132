package ua.opendata.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** Which actions are reads, and which writes may be repeated after an unknown outcome. */
final class ActionKinds {
    private static final Set<String> READS =
            Set.of("status_show", "package_show", "package_search", "package_list", "resource_show",
                    "organization_show", "organization_list", "organization_list_for_user", "group_list",
                    "group_show", "tag_list", "license_list", "user_show", "help_show",
                    "scheming_dataset_schema_show");

    private ActionKinds() {}

    static boolean isRead(String action) {
        return READS.contains(action) || action.endsWith("_show") || action.endsWith("_list");
    }

    /**
     * Whether a write may be repeated after an unknown outcome: it must be in the policy's {@link
     * RetryPolicy#retryableWrites()}, carry no {@code __extend} key (which appends, so a repeat
     * adds twice), and, for {@code package_revise}, have a non-empty {@code match}.
     */
    static boolean idempotent(RetryPolicy retry, String action, ObjectNode params) {
        if (!retry.retryableWrites().contains(action) || hasExtendKey(params)) {
            return false;
        }
        if (!"package_revise".equals(action)) {
            return true;
        }
        Iterator<String> keys = params.fieldNames();
        while (keys.hasNext()) {
            if (keys.next().startsWith("match__")) {
                return true;
            }
        }
        return params.path("match").isObject() && !params.path("match").isEmpty();
    }

    private static boolean hasExtendKey(JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().contains("__extend") || hasExtendKey(e.getValue())) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode e : node) {
                if (hasExtendKey(e)) {
                    return true;
                }
            }
        }
        return false;
    }
}
