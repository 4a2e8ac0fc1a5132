package ua.opendata.cli;

import picocli.CommandLine.Option;

/** {@code --max-file-mb}: the largest register the commands that read one will read, CSV and JSON alike. */
final class RegisterLimits {
    /** The highest {@code --max-file-mb}. */
    static final int MAX_MB = 4096;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "64", descriptionKey = "opt.max-file-mb")
    int maxFileMb = RegisterInput.DEFAULT_MAX_FILE_MB;

    /** The limit in MB; a usage error when out of range. */
    int checked(Texts t) {
        if (maxFileMb < 1 || maxFileMb > MAX_MB) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.maxFileMb", MAX_MB, maxFileMb));
        }
        return maxFileMb;
    }
}
