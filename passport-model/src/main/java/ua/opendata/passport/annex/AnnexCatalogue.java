package ua.opendata.passport.annex;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ua.opendata.passport.internal.annex.Rfc4180Reader;

/**
 * The mandatory datasets of the annex to Resolution No. 835, by section (type of publisher), in
 * annex order. Immutable and thread-safe.
 *
 * <p>{@link #bundled()} is the newest transcription shipped with the SDK (every holder's section),
 * {@link #bundled(String)} and {@link #bundledOn(LocalDate)} the others, each with its
 * {@link #loadNotes() repairs} and {@link #editorialNotes() editorial notes}; {@link #read(InputStream,
 * AnnexVersion)} reads another one in a four-column CSV layout: a header
 * {@code section_code,section_uk,position,dataset_name_uk}, then one row per dataset, UTF-8.
 *
 * <p>Names are matched tolerantly ({@link #findByName(String)}): case, runs of whitespace
 * (including no-break spaces), the apostrophes {@code ’ ' ʼ ` ‘} and the quotes
 * {@code “ ” « » " „} are each treated as equal.
 */
public final class AnnexCatalogue {

    /** The section binding every information holder, by competence (16 datasets in 2024-10). */
    public static final String ALL_HOLDERS = "all-holders";
    /** The section for local self-government bodies and military administrations acting as them. */
    public static final String LOCAL_SELF_GOVERNMENT = "local-self-government";
    /** The section for local state administrations. */
    public static final String LOCAL_STATE_ADMINISTRATIONS = "local-state-administrations";
    /** The register of datasets held by the publisher, which is itself a mandatory dataset. */
    public static final String REGISTER_OF_DATASETS_REF = "all-holders:6";
    /** The results of the information audit. */
    public static final String AUDIT_RESULTS_REF = "all-holders:16";

    /** The largest annex CSV accepted, in characters. */
    static final long MAX_CHARS = 4L * 1024 * 1024;

    private static final List<String> HEADER = List.of("section_code", "section_uk", "position", "dataset_name_uk");
    private static final Pattern REF = Pattern.compile("\\s*([A-Za-z0-9-]+)\\s*[:/#]\\s*([0-9]{1,6})\\s*");

    private final AnnexVersion version;
    private final List<AnnexSection> sections;
    private final List<AnnexDataset> datasets;
    private final List<String> notes;
    private final List<AnnexEditorialNote> editorialNotes;
    private final List<AnnexLoadNote> loadNotes;
    private final Map<String, AnnexSection> byCode;
    private final Map<String, AnnexDataset> byRef;
    private final Map<String, AnnexDataset> byName;

    private AnnexCatalogue(AnnexVersion version, List<AnnexSection> sections, List<String> notes) {
        this(version, sections, notes, List.of(), List.of());
    }

    AnnexCatalogue(AnnexVersion version, List<AnnexSection> sections, List<String> notes,
                   List<AnnexEditorialNote> editorialNotes, List<AnnexLoadNote> loadNotes) {
        this.version = version;
        this.sections = List.copyOf(sections);
        this.notes = List.copyOf(notes);
        this.editorialNotes = List.copyOf(editorialNotes);
        this.loadNotes = List.copyOf(loadNotes);
        List<AnnexDataset> all = new ArrayList<>();
        Map<String, AnnexSection> codes = new HashMap<>();
        Map<String, AnnexDataset> refs = new HashMap<>();
        Map<String, AnnexDataset> names = new HashMap<>();
        for (AnnexSection s : this.sections) {
            codes.put(s.code(), s);
            for (AnnexDataset d : s.datasets()) {
                all.add(d);
                refs.put(d.ref(), d);
                names.putIfAbsent(normalizeName(d.nameUk()), d);
            }
        }
        this.datasets = List.copyOf(all);
        this.byCode = Map.copyOf(codes);
        this.byRef = Map.copyOf(refs);
        this.byName = Map.copyOf(names);
    }

    /**
     * The newest transcription bundled with the SDK (version {@code 2025-07}, the generic sections
     * carried from {@code 2024-10}); loaded once and cached.
     *
     * @return the newest bundled transcription
     */
    public static AnnexCatalogue bundled() {
        List<AnnexCatalogue> all = AnnexBundle.versions();
        return all.get(all.size() - 1);
    }

    /**
     * The bundled transcription with the given id ({@code 2024-10} or {@code 2025-07}).
     *
     * @param versionId the version id
     * @return the transcription with that id
     * @throws IllegalArgumentException naming the known ids when there is none with that id
     */
    public static AnnexCatalogue bundled(String versionId) {
        Objects.requireNonNull(versionId, "versionId");
        for (AnnexCatalogue c : AnnexBundle.versions()) {
            if (c.version().id().equals(versionId.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException(AnnexText.both("version.unknown", versionId,
                String.join(", ", AnnexBundle.versions().stream().map(c -> c.version().id()).toList())));
    }

    /** {@return every bundled transcription, oldest first; each applies over its {@link AnnexVersion} period} */
    public static List<AnnexCatalogue> bundledVersions() {
        return AnnexBundle.versions();
    }

    /**
     * The bundled transcription that applies on {@code date}; empty before the oldest one applies.
     *
     * @param date the day a register or audit refers to
     * @return the transcription in force on that day, if any
     */
    public static Optional<AnnexCatalogue> bundledOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return AnnexBundle.versions().stream().filter(c -> c.version().appliesOn(date)).findFirst();
    }

    /**
     * Reads a transcription in the bundled CSV layout. The stream is read to its end, not closed.
     *
     * @param csv     UTF-8 text with the header {@code section_code,section_uk,position,dataset_name_uk}
     * @param version what the transcription is
     * @return the transcription read
     * @throws AnnexFormatException naming the line and column when the text is malformed, a cell is
     *                              missing, a position is not a number or a reference repeats
     */
    public static AnnexCatalogue read(InputStream csv, AnnexVersion version) {
        return read(csv, version, "annex " + version.id() + " CSV", List.of());
    }

    private static AnnexCatalogue read(InputStream csv, AnnexVersion version, String sourceName, List<String> notes) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(version, "version");
        Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        List<Rfc4180Reader.Row> rows;
        try {
            rows = Rfc4180Reader.read(reader, MAX_CHARS);
        } catch (CharacterCodingException e) {
            throw new AnnexFormatException(sourceName, 0, 0, e, "file.notUtf8");
        } catch (Rfc4180Reader.MalformedCsvException e) {
            throw AnnexFormatException.malformed(sourceName, e);
        } catch (IOException e) {
            throw new UncheckedIOException(AnnexText.both("file.unreadable", sourceName, String.valueOf(e.getMessage())), e);
        }
        if (rows.isEmpty() || !rows.get(0).cells().equals(HEADER)) {
            throw new AnnexFormatException(sourceName, 1, 1, null, "header.wrong", String.join(",", HEADER));
        }
        Map<String, String> sectionNames = new LinkedHashMap<>();
        Map<String, List<AnnexDataset>> bySection = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Rfc4180Reader.Row row : rows.subList(1, rows.size())) {
            List<String> c = row.cells();
            if (c.size() != 4) {
                throw new AnnexFormatException(sourceName, row.line(), 1, null, "catalogue.cells",
                        Integer.toString(c.size()));
            }
            String code = c.get(0).strip();
            String sectionName = c.get(1).strip();
            String name = c.get(3).strip();
            if (code.isEmpty() || sectionName.isEmpty() || name.isEmpty()) {
                throw new AnnexFormatException(sourceName, row.line(), 1, null, "catalogue.empty");
            }
            int position;
            try {
                position = Integer.parseInt(c.get(2).strip());
            } catch (NumberFormatException e) {
                position = 0;
            }
            if (position < 1) {
                throw new AnnexFormatException(sourceName, row.line(), 3, null, "catalogue.position", c.get(2));
            }
            String known = sectionNames.putIfAbsent(code, sectionName);
            if (known != null && !known.equals(sectionName)) {
                throw new AnnexFormatException(sourceName, row.line(), 2, null, "catalogue.sectionName", code,
                        sectionName, known);
            }
            AnnexDataset d = new AnnexDataset(code, sectionNames.get(code), position, name);
            Integer previous = seen.putIfAbsent(d.ref(), row.line());
            if (previous != null) {
                throw new AnnexFormatException(sourceName, row.line(), 3, null, "catalogue.twice", d.ref(),
                        previous.toString());
            }
            bySection.computeIfAbsent(code, k -> new ArrayList<>()).add(d);
        }
        List<AnnexSection> sections = new ArrayList<>();
        bySection.forEach((code, list) -> sections.add(new AnnexSection(code, sectionNames.get(code), list)));
        return new AnnexCatalogue(version, sections, notes);
    }

    /** {@return which transcription this is} */
    public AnnexVersion version() {
        return version;
    }

    /** {@return notes on the transcription, such as the amending resolutions; empty when none were given} */
    public List<String> notes() {
        return notes;
    }

    /** {@return the notes of the official text on amendments (positions or sections excluded, added, reworded)} */
    public List<AnnexEditorialNote> editorialNotes() {
        return editorialNotes;
    }

    /** {@return the repairs made to artefacts of the transcription while loading it; empty for {@link #read}} */
    public List<AnnexLoadNote> loadNotes() {
        return loadNotes;
    }

    /**
     * The section of the holder the annex names so (e.g. {@code Мін’юст}, {@code Національний банк}),
     * compared as {@link #findByName(String)} compares names; also by a former or later name
     * (Мінінфраструктури and Мінрозвитку, МКІП and МКСК), by an abbreviation or a full name in the
     * bundled alias table, and by the title of the data.gov.ua organization that publishes for it.
     *
     * @param holderName the holder's name as the annex writes it
     * @return the section of that holder, if the annex has one
     */
    public Optional<AnnexSection> sectionOfHolder(String holderName) {
        Objects.requireNonNull(holderName, "holderName");
        for (String candidate : AnnexHolders.bundled().namesFor(holderName)) {
            String key = normalizeName(candidate);
            for (AnnexSection s : sections) {
                if (normalizeName(s.nameUk()).equals(key)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The codes of the sections that bind a local publisher: {@link #ALL_HOLDERS} and the section of its
     * kind. A {@link PublisherKind#NAMED_HOLDER} has its own section: see {@link #sectionsForHolder(String)}.
     *
     * @param kind the kind of publisher, not {@link PublisherKind#NAMED_HOLDER}
     * @return the codes of the binding sections, {@link #ALL_HOLDERS} first
     * @throws IllegalArgumentException for {@link PublisherKind#NAMED_HOLDER}, which needs its name
     */
    public List<String> sectionsFor(PublisherKind kind) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case LOCAL_COUNCIL, MILITARY_ADMINISTRATION -> List.of(ALL_HOLDERS, LOCAL_SELF_GOVERNMENT);
            case STATE_ADMINISTRATION -> List.of(ALL_HOLDERS, LOCAL_STATE_ADMINISTRATIONS);
            // a programming error: the caller has the name and should say it
            case NAMED_HOLDER -> throw new IllegalArgumentException(
                    "a named holder needs its name: use sectionsForHolder(name)");
        };
    }

    /**
     * The codes of the sections that bind a holder the annex names: {@link #ALL_HOLDERS} and its own section.
     *
     * @param holderName the holder's name (or one of its former names, abbreviations or ids; see
     *                   {@link #sectionOfHolder(String)})
     * @return the codes of the binding sections, {@link #ALL_HOLDERS} first
     * @throws IllegalArgumentException when this transcription has no section for the holder
     */
    public List<String> sectionsForHolder(String holderName) {
        Objects.requireNonNull(holderName, "holderName");
        AnnexSection s = sectionOfHolder(holderName).orElseThrow(() -> new IllegalArgumentException(
                AnnexText.both("holder.noSection", version.id(), holderName)));
        return List.of(ALL_HOLDERS, s.code());
    }

    /**
     * The codes of the sections that bind a publisher known only by its name (a register's
     * {@code publisherName}, a portal organization's title): its own section when the annex names it
     * ({@link #sectionOfHolder}), else those of the local kind its name shows ({@link PublisherKind#infer});
     * empty when neither.
     *
     * @param publisherName the publisher's name, as a register or the portal writes it
     * @return the codes of the binding sections, or empty when the name shows no kind of publisher
     */
    public Optional<List<String>> sectionsForPublisher(String publisherName) {
        Objects.requireNonNull(publisherName, "publisherName");
        Optional<AnnexSection> own = sectionOfHolder(publisherName);
        if (own.isPresent() && !own.get().code().equals(ALL_HOLDERS)) {
            return Optional.of(List.of(ALL_HOLDERS, own.get().code()));
        }
        return PublisherKind.infer(publisherName).filter(k -> k != PublisherKind.NAMED_HOLDER).map(this::sectionsFor);
    }

    /** {@return the sections, in file order} */
    public List<AnnexSection> sections() {
        return sections;
    }

    /**
     * The section with the given code, e.g. {@link #LOCAL_SELF_GOVERNMENT}.
     *
     * @param code the section code
     * @return the section, or empty when the catalogue has no section with that code
     */
    public Optional<AnnexSection> section(String code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code").strip()));
    }

    /** {@return every dataset, section by section, in file order} */
    public List<AnnexDataset> datasets() {
        return datasets;
    }

    /**
     * The dataset with the given name, matched tolerantly: case, whitespace runs and no-break
     * spaces, the apostrophes {@code ’ ' ʼ ` ‘} and the quotes {@code “ ” « » " „} are each treated
     * as equal. When two sections hold the same name, the first in file order is returned.
     *
     * @param name the dataset name as written, e.g. in a register's title column
     * @return the dataset, or empty when no name matches
     */
    public Optional<AnnexDataset> findByName(String name) {
        return Optional.ofNullable(byName.get(normalizeName(Objects.requireNonNull(name, "name"))));
    }

    /**
     * The dataset a register refers to: {@code section:position}, {@code section/position},
     * {@code section#position}, or its name (see {@link #findByName(String)}).
     *
     * @param ref the reference as a register writes it
     * @return the dataset, or empty when the reference names no position of this catalogue
     */
    public Optional<AnnexDataset> resolve(String ref) {
        Objects.requireNonNull(ref, "ref");
        Matcher m = REF.matcher(ref);
        if (m.matches()) {
            AnnexDataset d = byRef.get(m.group(1).toLowerCase(Locale.ROOT) + ":" + Integer.parseInt(m.group(2)));
            if (d != null) {
                return Optional.of(d);
            }
        }
        return findByName(ref);
    }

    @Override
    public String toString() {
        return "AnnexCatalogue[" + version.id() + ", " + datasets.size() + " datasets in " + sections.size()
                + " sections]";
    }

    static AnnexCatalogue readOrThrow(InputStream csv, AnnexVersion version, String sourceName) {
        return read(csv, version, sourceName, List.of());
    }

    static String normalizeName(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            switch (c) {
                case '’', '\'', 'ʼ', '`', '‘' -> b.append('\'');
                case '“', '”', '«', '»', '"', '„' -> b.append('"');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
