package ua.opendata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import ua.opendata.passport.annex.AnnexCatalogue;
import ua.opendata.passport.annex.AnnexFormatException;
import ua.opendata.passport.annex.AnnexMapping;
import ua.opendata.passport.annex.AnnexSection;
import ua.opendata.passport.annex.PublisherKind;
import ua.opendata.passport.io.AtomicFiles;

/**
 * The options that say which annex sections bind the publisher and how its datasets are pinned to positions,
 * shared by {@code validate} and {@code audit}: {@code --section}, {@code --holder}, {@code --publisher-kind},
 * {@code --annex-mapping}.
 */
final class AnnexOptions {

    @Option(names = "--section", paramLabel = "CODE", descriptionKey = "opt.section")
    List<String> sections = new ArrayList<>();

    @Option(names = "--holder", paramLabel = "NAME", descriptionKey = "opt.holder")
    @Nullable String holder;

    @Option(names = "--publisher-kind", paramLabel = "KIND", descriptionKey = "opt.publisher-kind")
    @Nullable String publisherKind;

    @Option(names = "--annex-mapping", paramLabel = "FILE.csv", descriptionKey = "opt.annex-mapping")
    @Nullable Path annexMapping;

    /** Binding sections and why they bind, for the summary line. */
    record Given(Set<String> codes, String why) { }

    /**
     * The sections the options name ({@code --section} as given; else {@code --holder}; else
     * {@code --publisher-kind}), checked against the catalogue; null when none of them is given.
     */
    @Nullable Given given(AnnexCatalogue annex, Texts t) {
        Set<String> codes = new LinkedHashSet<>(sections);
        String why;
        if (!codes.isEmpty()) {
            why = t.get("validate.sections.option");
        } else if (holder != null) {
            String h = holder;
            codes.addAll(annex.sectionOfHolder(h).map(s -> List.of(AnnexCatalogue.ALL_HOLDERS, s.code()))
                    .orElseThrow(() -> new CliException(OpendataCommand.USAGE, t.get("error.holder", h))));
            why = t.get("validate.sections.holder", h);
        } else if (publisherKind != null) {
            PublisherKind kind;
            try {
                kind = PublisherKind.parse(publisherKind);
            } catch (IllegalArgumentException e) {
                throw new CliException(OpendataCommand.USAGE, t.get("error.publisher-kind", publisherKind), e);
            }
            if (kind == PublisherKind.NAMED_HOLDER) {
                throw new CliException(OpendataCommand.USAGE, t.get("error.publisher-kind", publisherKind));
            }
            codes.addAll(annex.sectionsFor(kind));
            why = t.get("validate.sections.kind", publisherKind);
        } else {
            return null;
        }
        check(annex, codes, t);
        return new Given(codes, why);
    }

    /** Fails with the known codes when a code names no section of the catalogue. */
    static void check(AnnexCatalogue annex, Set<String> codes, Texts t) {
        for (String code : codes) {
            if (annex.section(code).isEmpty()) {
                throw new CliException(OpendataCommand.USAGE, t.get("error.section", code,
                        String.join(", ", annex.sections().stream().map(AnnexSection::code).toList())));
            }
        }
    }

    /** The reviewer's mapping of {@code --annex-mapping}, or the empty one. */
    AnnexMapping mapping(Texts t, Locale locale) {
        Path file = annexMapping;
        if (file == null) {
            return AnnexMapping.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return AnnexMapping.read(in, file.toString());
        } catch (AnnexFormatException e) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.annex-mapping", e.getMessage(locale)), e);
        } catch (IOException e) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.annex-mapping",
                    file + ": " + e.getClass().getSimpleName()), e);
        }
    }

    /** Writes a mapping file whole or not at all (a temporary file moved into place). */
    static void writeMapping(Path target, Consumer<OutputStream> content) {
        AtomicFiles.write(target, content::accept);
    }
}
