package ua.opendata.ckan.testkit;

import static ua.opendata.ckan.testkit.FakeCkanEngine.F;
import static ua.opendata.ckan.testkit.FakeCkanErrors.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Recorded data of the fake, as tables: CKAN 2.10's default licenses and the data.gov.ua-like
 * lab's scheming schema (its fields, the nine update frequencies, the checks it adds). The
 * English labels and messages here are the imitated server's data, not messages of the SDK.
 */
final class FakeCkanSchema {
    private FakeCkanSchema() {}

    static final List<String> FREQUENCIES =
            List.of("more than once a day", "once a day", "once a week", "once a month",
                    "once a quarter", "once a half year", "once a year", "immediately after making changes",
                    "no longer updated");

    /** The data.gov.ua-like schema's own fields stored as given ({@code tag_string} is derived). */
    static final String[] DGUA_STORED =
            {"purpose_of_collecting_information", "update_frequency", "language", "is_datapackage"};

    /** CKAN 2.10's default licenses: id, title, url, open, domain_content, domain_data, is_generic. */
    private static final String[][] LICENSES = {
        {"notspecified", "License not specified",
            "", "False", "False", "False", "True"},
        {"odc-pddl", "Open Data Commons Public Domain Dedication and License (PDDL)",
            "http://www.opendefinition.org/licenses/odc-pddl", "True", "False", "True", "False"},
        {"odc-odbl", "Open Data Commons Open Database License (ODbL)",
            "http://www.opendefinition.org/licenses/odc-odbl", "True", "False", "True", "False"},
        {"odc-by", "Open Data Commons Attribution License",
            "http://www.opendefinition.org/licenses/odc-by", "True", "False", "True", "False"},
        {"cc-zero", "Creative Commons CCZero",
            "http://www.opendefinition.org/licenses/cc-zero", "True", "True", "True", "False"},
        {"cc-by", "Creative Commons Attribution",
            "http://www.opendefinition.org/licenses/cc-by", "True", "False", "False", "False"},
        {"cc-by-sa", "Creative Commons Attribution Share-Alike",
            "http://www.opendefinition.org/licenses/cc-by-sa", "True", "True", "False", "False"},
        {"gfdl", "GNU Free Documentation License",
            "http://www.opendefinition.org/licenses/gfdl", "True", "True", "False", "False"},
        {"other-open", "Other (Open)",
            "", "True", "True", "False", "True"},
        {"other-pd", "Other (Public Domain)",
            "", "True", "True", "False", "True"},
        {"other-at", "Other (Attribution)",
            "", "True", "True", "False", "True"},
        {"uk-ogl", "UK Open Government Licence (OGL)",
            "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", "True", "True", "False", "False"},
        {"cc-nc", "Creative Commons Non-Commercial (Any)",
            "http://creativecommons.org/licenses/by-nc/2.0/", "False", "False", "False", "False"},
        {"other-nc", "Other (Non-Commercial)",
            "", "False", "False", "False", "True"},
        {"other-closed", "Other (Not Open)",
            "", "False", "False", "False", "True"},
    };

    /** field name, label, validators, required: the data.gov.ua-like lab's dataset schema. */
    private static final String[][] DATASET_FIELDS = {
        {"title", "Title", "if_empty_same_as(name) unicode_safe", ""},
        {"name", "URL", "not_empty unicode_safe name_validator package_name_validator", ""},
        {"notes", "Description", "scheming_required unicode_safe", "required"},
        {"tag_string", "Tags", "scheming_required tag_string_convert", "required"},
        {"license_id", "License", "", ""},
        {"owner_org", "Organization", "owner_org_validator unicode_safe", ""},
        {"url", "Source", "", ""},
        {"version", "Version", "ignore_missing unicode_safe package_version_validator", ""},
        {"author", "Author", "", ""},
        {"author_email", "Author Email", "", ""},
        {"maintainer", "Maintainer", "", ""},
        {"maintainer_email", "Maintainer Email", "", ""},
        {"purpose_of_collecting_information", "Purpose of collecting information",
            "scheming_required unicode_safe dgua_max_length(512)", "required"},
        {"update_frequency", "Update frequency", "scheming_required scheming_choices", "required"},
        {"language", "Language", "scheming_required unicode_safe", "required"},
        {"is_datapackage", "Is datapackage", "ignore_missing unicode_safe", ""},
    };

    static String[] license(@Nullable String id) {
        for (String[] l : LICENSES) {
            if (l[0].equals(id)) {
                return l;
            }
        }
        return new String[] {id == null ? "" : id, id == null ? "" : id, "", "False"};
    }

    static JsonNode licenseList() {
        ArrayNode out = F.arrayNode();
        for (String[] l : LICENSES) {
            ObjectNode r = out.addObject();
            r.put("domain_content", l[4]);
            r.put("id", l[0]);
            r.put("domain_data", l[5]);
            r.put("domain_software", "False");
            r.put("family", "");
            r.put("is_generic", l[6]);
            r.put("od_conformance", l[3].equals("True") ? "approved" : "not reviewed");
            r.put("osd_conformance", "not reviewed");
            r.put("maintainer", "");
            r.put("status", "active");
            r.put("url", l[2]);
            r.put("title", l[1]);
        }
        return out;
    }

    static JsonNode schemaShow() {
        ObjectNode r = F.objectNode();
        r.put("scheming_version", 2);
        r.put("dataset_type", "dataset");
        r.put("about", "data.gov.ua-like dataset schema (fake) - stock CKAN fields plus data.gov.ua "
                + "custom top-level fields");
        r.put("about_url", "https://data.gov.ua");
        ArrayNode fields = r.putArray("dataset_fields");
        for (String[] f : DATASET_FIELDS) {
            ObjectNode x = fields.addObject().put("field_name", f[0]).put("label", f[1]);
            if (!f[2].isEmpty()) {
                x.put("validators", f[2]);
            }
            if (!f[3].isEmpty()) {
                x.put("required", true);
            }
            if (f[0].equals("update_frequency")) {
                ArrayNode choices = x.putArray("choices");
                for (String v : FREQUENCIES) {
                    choices.addObject().put("value", v)
                            .put("label", Character.toUpperCase(v.charAt(0)) + v.substring(1));
                }
            }
        }
        ArrayNode rf = r.putArray("resource_fields");
        rf.addObject().put("field_name", "url").put("label", "URL")
                .put("validators", "ignore_missing unicode_safe remove_whitespace");
        rf.addObject().put("field_name", "name").put("label", "Name");
        rf.addObject().put("field_name", "description").put("label", "Description");
        rf.addObject().put("field_name", "format").put("label", "Format")
                .put("validators", "if_empty_guess_format ignore_missing clean_format unicode_safe");
        return r;
    }

    static void schemaChecks(ObjectNode p, Map<String, List<String>> errors) {
        for (String k : new String[] {"notes", "purpose_of_collecting_information",
                "update_frequency", "language", "tag_string"}) {
            String v = text(p, k);
            if (v == null || v.isEmpty()) {
                errors.put(k, List.of("Missing value"));
            }
        }
        String purpose = text(p, "purpose_of_collecting_information");
        if (purpose != null && purpose.length() > 512) {
            errors.put("purpose_of_collecting_information",
                    List.of("Must be at most 512 characters long"));
        }
        String freq = text(p, "update_frequency");
        if (freq != null && !freq.isEmpty() && !FREQUENCIES.contains(freq)) {
            StringBuilder b = new StringBuilder("Value must be one of [");
            for (int i = 0; i < FREQUENCIES.size(); i++) {
                b.append(i == 0 ? "" : ", ").append('\'').append(FREQUENCIES.get(i)).append('\'');
            }
            errors.put("update_frequency", List.of(b.append(']').toString()));
        }
    }
}
