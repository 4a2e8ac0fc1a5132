package ua.opendata.passport.annex;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import ua.opendata.passport.PassportException;
import ua.opendata.passport.internal.annex.AnnexInputException;
import ua.opendata.passport.internal.annex.ByHolderLoader;
import ua.opendata.passport.internal.annex.Rfc4180Reader;
import ua.opendata.passport.internal.annex.Translit;

/** Loads the bundled transcriptions once (annex-835-versions.properties, annex-835-by-holder.csv). */
final class AnnexBundle {
    static final String METADATA = "annex-835-versions.properties";
    /** The by-holder names of the three generic sections and their stable codes. */
    private static final Map<String, String> GENERIC = Map.of(
            "Усі розпорядники інформації (відповідно до компетенції)", AnnexCatalogue.ALL_HOLDERS,
            "Органи місцевого самоврядування", AnnexCatalogue.LOCAL_SELF_GOVERNMENT,
            "Місцеві держадміністрації", AnnexCatalogue.LOCAL_STATE_ADMINISTRATIONS);

    private AnnexBundle() {
    }

    static List<AnnexCatalogue> versions() {
        return Holder.VERSIONS;
    }

    /** The stable code of a section: one of the three generic codes, else the holder's name transliterated. */
    static String codeOf(String holder) {
        String generic = GENERIC.get(holder);
        return generic != null ? generic : Translit.code(holder);
    }

    private static final class Holder {
        static final List<AnnexCatalogue> VERSIONS = load();
    }

    private static List<AnnexCatalogue> load() {
        Properties meta = new Properties();
        try (InputStream in = resource(METADATA)) {
            meta.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(AnnexText.both("file.unreadable", METADATA, String.valueOf(e.getMessage())), e);
        }
        String csvName = meta.getProperty("csv");
        List<Rfc4180Reader.Row> rows;
        try (Reader r = new InputStreamReader(resource(csvName), StandardCharsets.UTF_8)) {
            rows = Rfc4180Reader.read(r, AnnexCatalogue.MAX_CHARS);
        } catch (IOException e) {
            throw new UncheckedIOException(AnnexText.both("file.unreadable", csvName, String.valueOf(e.getMessage())), e);
        } catch (Rfc4180Reader.MalformedCsvException e) {
            throw damaged(csvName, e.line(), e);
        }
        if (rows.isEmpty() || !rows.get(0).cells().equals(ByHolderLoader.HEADER)) {
            throw damaged(csvName, 1, null);
        }
        List<Rfc4180Reader.Row> body = rows.subList(1, rows.size());
        Map<String, List<AnnexSection>> genericOf = new LinkedHashMap<>();
        List<AnnexCatalogue> out = new ArrayList<>();
        for (String id : meta.getProperty("versions").split(",")) {
            AnnexVersion version = new AnnexVersion(id, LocalDate.parse(meta.getProperty(id + ".effectiveFrom")),
                    meta.getProperty(id + ".effectiveTo") == null ? null
                            : LocalDate.parse(meta.getProperty(id + ".effectiveTo")),
                    meta.getProperty(id + ".source"));
            ByHolderLoader.Loaded loaded;
            try {
                loaded = ByHolderLoader.load(body, id);
            } catch (ByHolderLoader.BadRow e) {
                throw damaged(csvName, e.line(), e);
            }
            List<AnnexSection> sections = new ArrayList<>();
            String carry = meta.getProperty(id + ".carryGenericFrom");
            if (carry != null) {
                sections.addAll(genericOf.getOrDefault(carry, List.of()));
            }
            List<AnnexSection> generic = new ArrayList<>();
            loaded.byHolder().forEach((holder, positions) -> {
                String code = codeOf(holder);
                List<AnnexDataset> ds = new ArrayList<>();
                positions.forEach(p -> ds.add(new AnnexDataset(code, holder, p.position(), p.text())));
                AnnexSection s = new AnnexSection(code, holder, ds);
                sections.add(s);
                if (GENERIC.containsKey(holder)) {
                    generic.add(s);
                }
            });
            genericOf.put(id, generic);
            List<AnnexEditorialNote> editorial = new ArrayList<>();
            loaded.editorials().forEach(e -> editorial.add(
                    new AnnexEditorialNote(codeOf(e.holder()), e.afterPosition(), e.text())));
            List<AnnexLoadNote> repairs = new ArrayList<>();
            loaded.repairs().forEach(r -> repairs.add(new AnnexLoadNote(AnnexLoadNote.Kind.valueOf(r.kind()),
                    r.line(), codeOf(r.holder()), r.detail())));
            List<String> notes = new ArrayList<>();
            for (int i = 1; meta.getProperty(id + ".note." + i) != null; i++) {
                notes.add(meta.getProperty(id + ".note." + i));
            }
            out.add(new AnnexCatalogue(version, sections, notes, editorial, repairs));
        }
        return List.copyOf(out);
    }

    private static PassportException damaged(String name, int line, @org.jspecify.annotations.Nullable Exception cause) {
        String message = AnnexText.both("bundled.damaged", name, Integer.toString(line),
                cause == null ? "" : ": " + problem(cause));
        return cause == null ? new PassportException(message) : new PassportException(message, cause);
    }

    /** What is wrong in a bundled file, in English (the message of the resource's damage is for maintainers). */
    private static String problem(Exception cause) {
        if (cause instanceof AnnexInputException a) {
            return AnnexText.en(a.key(), a.arguments().toArray());
        }
        return String.valueOf(cause.getMessage());
    }

    static InputStream resource(String name) {
        InputStream in = AnnexBundle.class.getResourceAsStream(name);
        if (in == null) {
            throw new PassportException(AnnexText.both("bundled.missing", name));
        }
        return in;
    }
}
