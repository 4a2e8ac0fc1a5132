package ua.opendata.passport.annex;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import ua.opendata.passport.internal.annex.Rfc4180Reader;

/**
 * A reviewer's mapping of register entries to annex positions, which wins over title matching (an
 * explicit annex column in the register wins over it). CSV, UTF-8, comma-separated, the header
 * {@code identifier,title,annex_ref,method,score,annex_name,reason}: an entry is named by its
 * identifier, or by its title when it has none; {@code annex_ref} is {@code section:position} or a
 * position's name, {@code -} to pin "fulfils no position", empty for "not decided" (the row is then
 * ignored). The other columns are what {@link #write} records for the reviewer and are not read.
 * Immutable.
 */
public final class AnnexMapping {
    /** The header, in order. */
    public static final List<String> HEADER = List.of("identifier", "title", "annex_ref", "method", "score",
            "annex_name", "reason");
    /** The value of {@code annex_ref} that pins "fulfils no position". */
    public static final String NONE = "-";

    private static final AnnexMapping EMPTY = new AnnexMapping(Map.of(), Map.of());

    private final Map<String, String> byIdentifier;
    private final Map<String, String> byTitle;

    private AnnexMapping(Map<String, String> byIdentifier, Map<String, String> byTitle) {
        this.byIdentifier = Map.copyOf(byIdentifier);
        this.byTitle = Map.copyOf(byTitle);
    }

    /** {@return a mapping that pins nothing} */
    public static AnnexMapping empty() {
        return EMPTY;
    }

    /**
     * Reads a mapping; the stream is read to its end, not closed.
     *
     * @param csv the mapping CSV, in the layout {@link #write} produces
     * @param sourceName the file's name, for messages
     * @return the mapping read
     * @throws AnnexFormatException naming the line and column when the text is malformed or the header wrong
     */
    public static AnnexMapping read(InputStream csv, String sourceName) {
        Objects.requireNonNull(csv, "csv");
        Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        List<Rfc4180Reader.Row> rows;
        try {
            rows = Rfc4180Reader.read(reader, AnnexCatalogue.MAX_CHARS);
        } catch (CharacterCodingException e) {
            throw new AnnexFormatException(sourceName, 0, 0, e, "mapping.notUtf8");
        } catch (Rfc4180Reader.MalformedCsvException e) {
            throw AnnexFormatException.malformed(sourceName, e);
        } catch (IOException e) {
            throw new UncheckedIOException(AnnexText.both("file.unreadable", sourceName, String.valueOf(e.getMessage())), e);
        }
        if (rows.isEmpty() || rows.get(0).cells().size() < 3
                || !rows.get(0).cells().subList(0, 3).equals(HEADER.subList(0, 3))) {
            throw new AnnexFormatException(sourceName, 1, 1, null, "header.wrong", String.join(",", HEADER));
        }
        Map<String, String> ids = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (Rfc4180Reader.Row row : rows.subList(1, rows.size())) {
            List<String> c = row.cells();
            if (c.size() < 3) {
                throw new AnnexFormatException(sourceName, row.line(), 1, null, "mapping.cells",
                        Integer.toString(c.size()));
            }
            String ref = c.get(2).strip();
            if (ref.isEmpty()) {
                continue;
            }
            if (!c.get(0).isBlank()) {
                ids.put(c.get(0).strip(), ref);
            } else if (!c.get(1).isBlank()) {
                titles.put(AnnexCatalogue.normalizeName(c.get(1)), ref);
            } else {
                throw new AnnexFormatException(sourceName, row.line(), 1, null, "mapping.noEntry");
            }
        }
        return new AnnexMapping(ids, titles);
    }

    /** {@return how many entries the mapping pins} */
    public int size() {
        return byIdentifier.size() + byTitle.size();
    }

    /**
     * What the mapping says about a candidate: empty when nothing; a present empty value when it
     * pins "fulfils no position"; else the reference.
     *
     * @param candidate a dataset, looked up by its identifier, then by its title
     * @return the pinned annex reference, a present empty value for "no position", or empty
     */
    public Optional<Optional<String>> pinned(AnnexCandidate candidate) {
        String ref = byIdentifier.get(candidate.key().strip());
        if (ref == null) {
            ref = byTitle.get(AnnexCatalogue.normalizeName(candidate.title()));
        }
        if (ref == null) {
            return Optional.empty();
        }
        return Optional.of(NONE.equals(ref) ? Optional.empty() : Optional.of(ref));
    }

    /**
     * Writes the mapping a matching used, its {@code reason} column in English; see
     * {@link #write(AnnexMatching, List, Locale, OutputStream)}.
     *
     * @param matching the verdicts to write
     * @param identifiers per candidate index, its identifier (empty when none): the mapping's key
     * @param out the stream that receives the UTF-8 CSV
     */
    public static void write(AnnexMatching matching, List<String> identifiers, OutputStream out) {
        write(matching, identifiers, Locale.ENGLISH, out);
    }

    /**
     * Writes the mapping a matching used, for a person to review and pin: one row per candidate; a
     * taken match has its {@code annex_ref} filled (kept as is when the file is read back), a weak or
     * ambiguous one leaves it empty with the proposal in {@code reason}. The stream is not closed.
     *
     * @param matching the verdicts to write
     * @param identifiers per candidate index, its identifier (empty when none): the mapping's key
     * @param locale the language of the {@code reason} column: Ukrainian for {@code uk}, English otherwise
     * @param out the stream that receives the UTF-8 CSV
     */
    public static void write(AnnexMatching matching, List<String> identifiers, Locale locale, OutputStream out) {
        Objects.requireNonNull(locale, "locale");
        boolean uk = "uk".equals(locale.getLanguage());
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            w.write(String.join(",", HEADER) + "\r\n");
            for (AnnexMatch m : matching.matches()) {
                AnnexDataset p = m.position();
                String ref = m.taken() && p != null ? p.ref() : m.method() == MatchMethod.MISSING
                        && m.reason().kind() == MatchReason.Kind.MAPPING_NONE ? NONE : "";
                String reason = m.reason().render(locale);
                if (!m.taken() && p != null) {
                    String[] args = {p.ref(), m.alternatives().stream().map(AnnexDataset::ref).toList().toString(),
                            reason};
                    String key = m.alternatives().isEmpty() ? "mapping.proposed" : "mapping.proposedOr";
                    reason = uk ? AnnexText.uk(key, (Object[]) args) : AnnexText.en(key, (Object[]) args);
                }
                String id = m.index() < identifiers.size() ? identifiers.get(m.index()) : "";
                w.write(String.join(",", cell(id), cell(m.candidate().title()), cell(ref),
                        m.method().name().toLowerCase(Locale.ROOT), String.format(Locale.ROOT, "%.2f", m.score()),
                        cell(p == null ? "" : p.nameUk()), cell(reason)) + "\r\n");
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(AnnexText.both("mapping.writeFailed", String.valueOf(e.getMessage())), e);
        }
    }

    private static String cell(String v) {
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        String safe = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !NONE.equals(v) ? "'" + v : v;
        return quote || !safe.equals(v) ? "\"" + safe.replace("\"", "\"\"") + "\"" : v;
    }
}
