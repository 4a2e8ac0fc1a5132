package ua.opendata.core.internal.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.Distribution;
import ua.opendata.passport.Passport;

/**
 * The keys by which the SDK recognises what it owns on a CKAN portal (extras, resource keys, the
 * data.gov.ua fields) and which resources of a dataset stand for a passport's distributions: shared by
 * the mapping, the publish workflow and the audit. Depends on no API package of {@code core}.
 */
public final class PortalKeys {

    /** Prefix of every extra and resource key the SDK owns. */
    public static final String PREFIX = "r835_";
    /** Extra: the passport identifier. */
    public static final String X_IDENTIFIER = "r835_identifier";
    /** Resource key: the distribution's link in the passport (stable across uploads). */
    public static final String R_DISTRIBUTION = "r835_distribution";
    /** Resource key: the SHA-256 of an uploaded file. */
    public static final String R_SHA256 = "r835_sha256";
    /** Resource key: {@code structure} on the structure resource. */
    public static final String R_ROLE = "r835_role";
    /** Resource key: the distribution's compression format. */
    public static final String R_COMPRESSION = "r835_compression";
    /** The name of the structure resource. */
    public static final String STRUCTURE_NAME = "Структура набору даних";
    /** The key of the structure resource in plans and diffs. */
    public static final String STRUCTURE_KEY = "structure";

    /** data.gov.ua key: the purpose of collecting. */
    public static final String K_PURPOSE = "purpose_of_collecting_information";
    /** data.gov.ua key: the update frequency. */
    public static final String K_FREQUENCY = "update_frequency";
    /** data.gov.ua key: the language. */
    public static final String K_LANGUAGE = "language";
    /** data.gov.ua key: the keywords, comma-separated. */
    public static final String K_TAG_STRING = "tag_string";
    /** Extra: the keywords (stock CKAN). */
    public static final String X_KEYWORDS = "r835_keywords";
    /** Extra: the formats (stock CKAN). */
    public static final String X_FORMATS = "r835_formats";
    /** The extras holding a set as a JSON array: compared as sets, never by order. */
    public static final Set<String> SET_EXTRAS = Set.of(X_KEYWORDS, X_FORMATS);

    private PortalKeys() {
    }

    /**
     * The top-level keys a profile owns (besides tags, extras with {@link #PREFIX} and our resources).
     *
     * @param dataGovUa whether the profile is data.gov.ua's
     */
    public static List<String> ownedTopLevel(boolean dataGovUa) {
        List<String> k = new ArrayList<>(List.of("name", "title", "notes", "license_id", "maintainer", "maintainer_email"));
        if (dataGovUa) {
            k.addAll(List.of(K_PURPOSE, K_FREQUENCY, K_LANGUAGE, K_TAG_STRING));
        }
        return k;
    }

    /** The distributions a passport publishes: its own, or its dataset link when it has none. */
    public static List<Distribution> published(Passport p) {
        if (!p.distributions().isEmpty() || p.datasetUrl() == null) {
            return p.distributions();
        }
        DataFormat f = p.formats().isEmpty() ? null : p.formats().get(0);
        return List.of(new Distribution(null, p.datasetUrl(), f, null, null, null));
    }

    /** The stable key of each wanted resource (distribution link, or {@link #STRUCTURE_KEY}), in order. */
    public static Map<String, @Nullable Distribution> wanted(Passport p) {
        Map<String, @Nullable Distribution> m = new LinkedHashMap<>();
        for (Distribution d : published(p)) {
            if (d.url() != null && !d.url().isBlank()) {
                m.putIfAbsent(d.url(), d);
            }
        }
        if (p.structure() != null && p.structure().url() != null) {
            m.put(STRUCTURE_KEY, null);
        }
        return m;
    }

    /** The wanted key a current resource stands for, or {@code null} when it is not one of ours. */
    public static @Nullable String keyOf(CkanResourceWrite r, Set<String> wantedKeys, @Nullable String structureUrl) {
        JsonNode dist = r.other().get(R_DISTRIBUTION);
        if (dist != null && dist.isTextual()) {
            return dist.textValue();
        }
        JsonNode role = r.other().get(R_ROLE);
        if (role != null && STRUCTURE_KEY.equals(role.asText())) {
            return STRUCTURE_KEY;
        }
        if (isStructureName(r.name()) && structureUrl != null && structureUrl.equals(r.url())) {
            return STRUCTURE_KEY;
        }
        if (r.url() != null && wantedKeys.contains(r.url())) {
            return r.url();
        }
        return null;
    }

    /** Whether a resource is ours: it carries an SDK key. */
    public static boolean marked(CkanResourceWrite r) {
        return r.other().containsKey(R_DISTRIBUTION) || r.other().containsKey(R_ROLE);
    }

    /** Whether a resource name is the structure resource's (in either language). */
    public static boolean isStructureName(@Nullable String name) {
        if (name == null) {
            return false;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.startsWith("структура набору даних") || n.equals("структура") || n.equals("data structure");
    }
}
