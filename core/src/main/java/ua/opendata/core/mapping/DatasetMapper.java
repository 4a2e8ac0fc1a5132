package ua.opendata.core.mapping;

import static ua.opendata.core.internal.mapping.PortalKeys.K_FREQUENCY;
import static ua.opendata.core.internal.mapping.PortalKeys.K_LANGUAGE;
import static ua.opendata.core.internal.mapping.PortalKeys.K_PURPOSE;
import static ua.opendata.core.internal.mapping.PortalKeys.K_TAG_STRING;
import static ua.opendata.core.internal.mapping.PortalKeys.PREFIX;
import static ua.opendata.core.internal.mapping.PortalKeys.R_COMPRESSION;
import static ua.opendata.core.internal.mapping.PortalKeys.R_DISTRIBUTION;
import static ua.opendata.core.internal.mapping.PortalKeys.R_ROLE;
import static ua.opendata.core.internal.mapping.PortalKeys.STRUCTURE_KEY;
import static ua.opendata.core.internal.mapping.PortalKeys.STRUCTURE_NAME;
import static ua.opendata.core.internal.mapping.PortalKeys.X_FORMATS;
import static ua.opendata.core.internal.mapping.PortalKeys.X_IDENTIFIER;
import static ua.opendata.core.internal.mapping.PortalKeys.X_KEYWORDS;
import static ua.opendata.core.internal.mapping.PortalKeys.isStructureName;
import static ua.opendata.core.internal.mapping.PortalKeys.keyOf;
import static ua.opendata.core.internal.mapping.PortalKeys.marked;
import static ua.opendata.core.internal.mapping.PortalKeys.published;
import static ua.opendata.core.internal.mapping.PortalKeys.wanted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanExtra;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.model.CkanTag;
import ua.opendata.ckan.model.CkanTimestamp;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.text.Messages;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.DataStructure;
import ua.opendata.passport.Distribution;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.UpdateFrequency;

/**
 * The mapping rules of both profiles. The data.gov.ua profile ({@code dgua}) writes the portal's own
 * top-level keys; the stock profile writes the same core fields and keeps the rest in {@code r835_} extras.
 */
final class DatasetMapper {

    private static final String X_PURPOSE = "r835_purpose";
    private static final String X_FREQUENCY = "r835_update_frequency";
    private static final String X_LANGUAGE = "r835_language";
    private static final String X_COMPRESSION = "r835_compression";
    private static final String X_EDRPOU = "r835_publisher_edrpou";
    private static final String X_DATA_AS_OF = "r835_data_as_of";
    private static final String X_DATASET_URL = "r835_dataset_url";
    private static final String X_PREVIOUS = "r835_previous_versions_url";
    private static final String X_POSITION = "r835_person_position";
    private static final String X_EXTRA = "r835_extra_";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final boolean dgua;

    /** A mapper for data.gov.ua ({@code true}) or stock CKAN ({@code false}). */
    public DatasetMapper(boolean dgua) {
        this.dgua = dgua;
    }

    /** Whether this is the data.gov.ua mapping. */
    public boolean dataGovUa() {
        return dgua;
    }


    // ---------------------------------------------------------------- write

    /** The write shape: from {@code current.toWrite()} when given, with only the owned fields changed. */
    public CkanDatasetWrite toDataset(Passport p, PublishTarget target, @Nullable CkanDataset current) {
        CkanDatasetWrite.Builder b = current == null ? CkanDatasetWrite.builder() : current.toWrite().toBuilder();
        b.name(target.datasetName(p));
        if (current == null) {
            b.ownerOrg(target.organization());
        }
        b.licenseId(target.licenseId());
        b.title(p.title());
        b.notes(p.description());
        ResponsiblePerson person = p.responsiblePerson();
        b.maintainer(person == null ? null : person.fullName());
        b.maintainerEmail(person == null ? null : person.email());
        List<String> keywords = keywordsHeld(p);
        if (dgua) {
            setOrRemove(b, K_PURPOSE, p.purpose());
            UpdateFrequency f = p.updateFrequency();
            if (f == null) {
                b.removeField(K_FREQUENCY);
            } else if (f.isKnown()) {
                b.field(K_FREQUENCY, f.canonical().raw());
            } // an unknown value is refused: the portal's current value stays (a plan shows a conflict)
            setOrRemove(b, K_LANGUAGE, toPortalLanguage(p.language()));
            setOrRemove(b, K_TAG_STRING, keywords.isEmpty() ? null : String.join(",", keywords));
        }
        b.tags(tags(keywords, current));
        b.extras(extras(p, current));
        b.resources(resources(p, current));
        return b.build();
    }

    private static void setOrRemove(CkanDatasetWrite.Builder b, String key, @Nullable String value) {
        if (value == null) {
            b.removeField(key);
        } else {
            b.field(key, value);
        }
    }

    private List<String> keywordsHeld(Passport p) {
        List<String> out = new ArrayList<>();
        for (String k : p.keywords()) {
            if (!k.isBlank() && !(dgua && k.indexOf(',') >= 0)) {
                out.add(k.strip());
            }
        }
        return out;
    }

    private static List<CkanTag> tags(List<String> keywords, @Nullable CkanDataset current) {
        List<CkanTag> out = new ArrayList<>();
        if (current != null && current.tags() != null) {
            for (CkanTag t : current.tags()) {
                if (t.vocabularyId() != null) {
                    out.add(t); // vocabulary tags are not ours
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (String k : keywords) {
            if (seen.add(k)) {
                out.add(new CkanTag(null, k, null, null, null, Map.of()));
            }
        }
        return out;
    }

    private List<CkanExtra> extras(Passport p, @Nullable CkanDataset current) {
        List<CkanExtra> out = new ArrayList<>();
        if (current != null && current.extras() != null) {
            for (CkanExtra e : current.extras()) {
                if (e.key() == null || !e.key().startsWith(PREFIX)) {
                    out.add(e);
                }
            }
        }
        Map<String, String> ours = new LinkedHashMap<>();
        put(ours, X_IDENTIFIER, p.identifier());
        if (!dgua) {
            put(ours, X_PURPOSE, p.purpose());
            put(ours, X_FREQUENCY, p.updateFrequency() == null ? null : p.updateFrequency().raw());
            put(ours, X_LANGUAGE, p.language());
            put(ours, X_KEYWORDS, p.keywords().isEmpty() ? null : jsonArray(p.keywords()));
            put(ours, X_FORMATS, p.formats().isEmpty() ? null
                    : jsonArray(p.formats().stream().map(DataFormat::raw).toList()));
            put(ours, X_COMPRESSION, p.compression() == null ? null : p.compression().raw());
            put(ours, X_EDRPOU, p.publisher() == null ? null : p.publisher().edrpou());
            put(ours, X_DATA_AS_OF, p.dataAsOf() == null ? null : p.dataAsOf().toString());
            put(ours, X_DATASET_URL, p.datasetUrl());
            put(ours, X_PREVIOUS, p.previousVersionsUrl());
            put(ours, X_POSITION, p.responsiblePerson() == null ? null : p.responsiblePerson().position());
            p.extras().forEach((k, v) -> ours.put(X_EXTRA + k, v));
        }
        ours.forEach((k, v) -> out.add(new CkanExtra(k, TextNode.valueOf(v), Map.of())));
        return out;
    }

    private static void put(Map<String, String> m, String key, @Nullable String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static String jsonArray(List<String> values) {
        ArrayNode a = F.arrayNode();
        values.forEach(a::add);
        return a.toString();
    }





    private List<CkanResourceWrite> resources(Passport p, @Nullable CkanDataset current) {
        Map<String, @Nullable Distribution> wanted = wanted(p);
        String structureUrl = p.structure() == null ? null : p.structure().url();
        List<CkanResourceWrite> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        if (current != null && current.resources() != null) {
            for (CkanResource read : current.resources()) {
                CkanResourceWrite r = CkanResourceWrite.from(read);
                String key = keyOf(r, wanted.keySet(), structureUrl);
                if (key != null && wanted.containsKey(key) && done.add(key)) {
                    out.add(merge(r, key, wanted.get(key), structureUrl));
                } else if (!marked(r)) {
                    out.add(r); // not ours: kept as it is
                } // else: ours, no longer in the passport (or a duplicate): removed
            }
        }
        for (Map.Entry<String, @Nullable Distribution> e : wanted.entrySet()) {
            if (done.add(e.getKey())) {
                out.add(merge(CkanResourceWrite.builder().build(), e.getKey(), e.getValue(), structureUrl));
            }
        }
        return out;
    }

    private static CkanResourceWrite merge(CkanResourceWrite r, String key, @Nullable Distribution d,
                                           @Nullable String structureUrl) {
        CkanResourceWrite.Builder b = r.toBuilder();
        boolean upload = "upload".equals(r.urlType());
        if (d == null) { // the structure resource
            b.name(STRUCTURE_NAME);
            if (!upload) {
                b.url(structureUrl);
            }
            b.field(R_ROLE, STRUCTURE_KEY);
            return b.build();
        }
        b.name(d.title());
        if (!upload) {
            b.url(d.url());
        }
        if (d.format() != null) {
            b.format(d.format().label());
        }
        if (d.mediaType() != null && !upload) {
            b.mimetype(d.mediaType());
        }
        if (d.sizeBytes() != null && !upload) {
            b.field("size", F.numberNode(d.sizeBytes()));
        }
        b.field(R_DISTRIBUTION, key);
        CkanResourceWrite built = b.build();
        Map<String, JsonNode> other = new LinkedHashMap<>(built.other());
        if (d.compression() != null) {
            other.put(R_COMPRESSION, TextNode.valueOf(d.compression().raw()));
        } else {
            other.remove(R_COMPRESSION);
        }
        return new CkanResourceWrite(built.id(), built.packageId(), built.name(), built.description(), built.url(),
                built.urlType(), built.format(), built.mimetype(), other);
    }

    /** The portal's language code: ISO {@code uk} becomes data.gov.ua's {@code ua}. */
    static @Nullable String toPortalLanguage(@Nullable String lang) {
        return lang != null && lang.strip().equalsIgnoreCase("uk") ? "ua" : lang;
    }

    static @Nullable String fromPortalLanguage(@Nullable String lang) {
        return lang != null && lang.strip().equalsIgnoreCase("ua") ? "uk" : lang;
    }


    // ---------------------------------------------------------------- what cannot be held

    /** The elements this profile cannot hold, or will not send, for a passport. */
    public List<MappingNote> cannotHold(Passport p) {
        List<MappingNote> notes = new ArrayList<>();
        UpdateFrequency f = p.updateFrequency();
        if (dgua && f != null) {
            if (!f.isKnown()) {
                notes.add(note("updateFrequency", MappingNote.Kind.REFUSED, text("frequency.unknown", f.raw())));
            } else if (!f.isCanonical()) {
                notes.add(note("updateFrequency", MappingNote.Kind.NORMALISED,
                        text("frequency.normalised", f.raw(), f.canonical().raw())));
            }
        }
        if (dgua) {
            for (int i = 0; i < p.keywords().size(); i++) {
                if (p.keywords().get(i).indexOf(',') >= 0) {
                    notes.add(note("keywords[" + i + "]", MappingNote.Kind.REFUSED,
                            text("keyword.comma", p.keywords().get(i))));
                }
            }
            if (p.publisher() != null && p.publisher().edrpou() != null) {
                notHeld(notes, "publisher.edrpou");
            }
            if (p.compression() != null) {
                notHeld(notes, "compression");
            }
            if (p.dataAsOf() != null) {
                notHeld(notes, "dataAsOf");
            }
            if (p.previousVersionsUrl() != null) {
                notHeld(notes, "previousVersionsUrl");
            }
            if (p.responsiblePerson() != null && p.responsiblePerson().position() != null) {
                notHeld(notes, "responsiblePerson.position");
            }
            p.extras().keySet().forEach(k -> notHeld(notes, "extras." + k, text("element.extra", k)));
            List<Distribution> dist = published(p);
            if (p.datasetUrl() != null && (dist.isEmpty() || !p.datasetUrl().equals(dist.get(0).url()))) {
                notHeld(notes, "datasetUrl");
            }
            List<String> held = distinctFormats(dist);
            List<String> given = p.formats().stream().map(DataFormat::label).toList();
            if (!given.isEmpty() && !given.equals(held)) {
                notHeld(notes, "formats", text("element.formats", held));
            }
        }
        if (p.responsiblePerson() != null && p.responsiblePerson().order() != null) {
            notHeld(notes, "responsiblePerson.order");
        }
        if (p.structure() != null && !p.structure().fields().isEmpty()) {
            notHeld(notes, "structure.fields");
        }
        return List.copyOf(notes);
    }

    /** A note that the portal cannot hold {@code element}, described by its text {@code element.<element>}. */
    private static void notHeld(List<MappingNote> notes, String element) {
        notHeld(notes, element, text("element." + element));
    }

    private static void notHeld(List<MappingNote> notes, String element, LocalizedText what) {
        notes.add(note(element, MappingNote.Kind.NOT_HELD, text("notHeld", what)));
    }

    private static MappingNote note(String element, MappingNote.Kind kind, LocalizedText message) {
        return new MappingNote(element, kind, message);
    }

    /** A text of the {@code MappingMessages} bundles. */
    private static LocalizedText text(String key, Object... args) {
        return LocalizedText.of(Messages.MAPPING, key, args);
    }

    private static List<String> distinctFormats(List<Distribution> dist) {
        Set<String> s = new LinkedHashSet<>();
        for (Distribution d : dist) {
            if (d.format() != null) {
                s.add(d.format().label());
            }
        }
        return List.copyOf(s);
    }

    // ---------------------------------------------------------------- read

    /** Reads a passport from a dataset. */
    public PortalPassport fromDataset(CkanDataset d) {
        List<MappingNote> notes = new ArrayList<>();
        Passport.Builder b = Passport.builder();
        readDescription(d, b, notes);
        readPeople(d, b);
        List<Distribution> dist = readResources(d, b);
        readFormatsAndExtras(d, b, dist, notes);
        b.firstPublished(time(d.metadataCreated()));
        b.lastModified(time(d.metadataModified()));
        return new PortalPassport(b.build(), notes);
    }

    /** Reads the identifier, title, description, purpose, language, update frequency and keywords. */
    private void readDescription(CkanDataset d, Passport.Builder b, List<MappingNote> notes) {
        b.identifier(d.extra(X_IDENTIFIER).orElse(d.name()));
        b.title(d.title());
        b.description(d.notes());
        String freq;
        List<String> keywords;
        if (dgua) {
            b.purpose(d.customText(K_PURPOSE).orElse(null));
            b.language(fromPortalLanguage(d.customText(K_LANGUAGE).orElse(null)));
            freq = d.customText(K_FREQUENCY).orElse(null);
            String tagString = d.customText(K_TAG_STRING).orElse(null);
            keywords = tagString != null ? splitTags(tagString) : tagNames(d);
        } else {
            b.purpose(d.extra(X_PURPOSE).orElse(null));
            b.language(d.extra(X_LANGUAGE).orElse(null));
            freq = d.extra(X_FREQUENCY).orElse(null);
            List<String> kw = d.extra(X_KEYWORDS).map(v -> readArray(v, "extras." + X_KEYWORDS, notes)).orElse(null);
            keywords = kw != null ? kw : tagNames(d);
        }
        if (freq != null) {
            UpdateFrequency f = UpdateFrequency.parse(freq);
            if (!f.isKnown()) {
                notes.add(note("updateFrequency", MappingNote.Kind.NOT_HELD, text("portal.frequency.unknown", freq)));
            }
            b.updateFrequency(f);
        }
        b.keywords(keywords);
    }

    /** Reads the responsible person (the maintainer) and the publisher (the organization). */
    private void readPeople(CkanDataset d, Passport.Builder b) {
        if (d.maintainer() != null || d.maintainerEmail() != null || (!dgua && d.extra(X_POSITION).isPresent())) {
            b.responsiblePerson(new ResponsiblePerson(d.maintainer(), d.maintainerEmail(),
                    dgua ? null : d.extra(X_POSITION).orElse(null), null));
        }
        String orgTitle = d.organization() == null ? null : d.organization().title();
        String edrpou = dgua ? null : d.extra(X_EDRPOU).orElse(null);
        if (orgTitle != null || edrpou != null) {
            b.publisher(new Publisher(orgTitle, edrpou));
        }
    }

    /**
     * Reads the resources: the first one marked (or named) as the structure becomes the structure link, the others
     * the distributions, which it returns.
     */
    private static List<Distribution> readResources(CkanDataset d, Passport.Builder b) {
        List<Distribution> dist = new ArrayList<>();
        String structureUrl = null;
        if (d.resources() != null) {
            for (CkanResource r : d.resources()) {
                JsonNode role = r.other().get(R_ROLE);
                if ((role != null && STRUCTURE_KEY.equals(role.asText())) || isStructureName(r.name())) {
                    if (structureUrl == null) {
                        structureUrl = r.url();
                        continue;
                    }
                }
                JsonNode key = r.other().get(R_DISTRIBUTION);
                JsonNode comp = r.other().get(R_COMPRESSION);
                String format = r.format() == null || r.format().isBlank() ? null : r.format();
                dist.add(new Distribution(r.name(), key != null && key.isTextual() ? key.textValue() : r.url(),
                        format == null ? null : DataFormat.parse(format),
                        comp != null && comp.isTextual() ? DataFormat.parse(comp.textValue()) : null,
                        r.mimetype(), r.size()));
            }
        }
        b.distributions(dist);
        if (structureUrl != null) {
            b.structure(DataStructure.link(structureUrl));
        }
        return dist;
    }

    /** Reads the formats, the dataset's link and, off data.gov.ua, the other extras (dates, compression, own extras). */
    private void readFormatsAndExtras(CkanDataset d, Passport.Builder b, List<Distribution> dist,
            List<MappingNote> notes) {
        if (dgua) {
            b.formats(distinctFormats(dist).stream().map(DataFormat::parse).toList());
            b.datasetUrl(dist.isEmpty() ? null : dist.get(0).url());
        } else {
            List<String> formats = d.extra(X_FORMATS).map(v -> readArray(v, "extras." + X_FORMATS, notes)).orElse(List.of());
            b.formats(formats.stream().map(DataFormat::parse).toList());
            b.compression(d.extra(X_COMPRESSION).map(DataFormat::parse).orElse(null));
            b.datasetUrl(d.extra(X_DATASET_URL).orElse(null));
            b.previousVersionsUrl(d.extra(X_PREVIOUS).orElse(null));
            d.extra(X_DATA_AS_OF).ifPresent(v -> {
                try {
                    b.dataAsOf(LocalDate.parse(v));
                } catch (DateTimeParseException e) {
                    notes.add(note("dataAsOf", MappingNote.Kind.NOT_HELD,
                            text("portal.dataAsOf.notIso", v, X_DATA_AS_OF)));
                }
            });
            if (d.extras() != null) {
                for (CkanExtra e : d.extras()) {
                    if (e.key() != null && e.key().startsWith(X_EXTRA) && e.value() != null) {
                        b.putExtra(e.key().substring(X_EXTRA.length()),
                                e.value().isTextual() ? e.value().textValue() : e.value().toString());
                    }
                }
            }
        }
    }

    private static @Nullable OffsetDateTime time(@Nullable CkanTimestamp t) {
        return t == null || t.instant() == null ? null : t.instant().atOffset(ZoneOffset.UTC);
    }

    private static List<String> splitTags(String tagString) {
        List<String> out = new ArrayList<>();
        for (String t : tagString.split(",")) {
            if (!t.isBlank()) {
                out.add(t.strip());
            }
        }
        return out;
    }

    private static List<String> tagNames(CkanDataset d) {
        List<String> out = new ArrayList<>();
        if (d.tags() != null) {
            for (CkanTag t : d.tags()) {
                if (t.vocabularyId() == null && t.name() != null) {
                    out.add(t.name());
                }
            }
        }
        return out;
    }

    private static @Nullable List<String> readArray(String text, String where, List<MappingNote> notes) {
        try {
            JsonNode n = JSON.readTree(text);
            if (n != null && n.isArray()) {
                List<String> out = new ArrayList<>();
                n.forEach(x -> out.add(x.asText()));
                return out;
            }
        } catch (java.io.IOException e) {
            // reported below
        }
        notes.add(note(where, MappingNote.Kind.NOT_HELD, text("portal.notStringArray", where)));
        return null;
    }
}
