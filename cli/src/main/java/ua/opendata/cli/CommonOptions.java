package ua.opendata.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options every subcommand takes: language, output format, verbosity. */
final class CommonOptions {

    /** The languages of messages and reports. */
    enum Lang { uk, en }

    /** How results are printed on standard output. */
    enum Format { text, json }

    @Option(names = "--lang", paramLabel = "uk|en", descriptionKey = "opt.lang")
    @Nullable Lang lang;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "opt.format")
    Format format = Format.text;

    @Option(names = "--verbose", descriptionKey = "opt.verbose")
    boolean verbose;

    boolean json() {
        return format == Format.json;
    }
}
