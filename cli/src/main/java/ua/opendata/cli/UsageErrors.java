package ua.opendata.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Wrong usage in the run's language: picocli's errors retold with our texts (picocli's own English
 * never reaches a person, except with {@code --verbose}), an unknown command named as such with the
 * nearest command suggested, and the language of the system when the JVM could not take it from
 * {@code LC_ALL}/{@code LC_MESSAGES}/{@code LANG} (a locale that is not installed).
 */
final class UsageErrors {
    /** The most edits between a typed word and a command for the command to be suggested. */
    private static final int MAX_DISTANCE = 2;

    private UsageErrors() {
    }

    /**
     * The language asked for by the environment when the JVM's own is not Ukrainian: the first of
     * {@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG} that is set decides (POSIX order); the JVM falls
     * back to English when that locale is not installed, although the variable clearly asks for it.
     */
    static Locale systemLocale(Locale jvm, Map<String, String> env) {
        if (Texts.isUkrainian(jvm)) {
            return jvm;
        }
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                return v.toLowerCase(Locale.ROOT).startsWith("uk") ? Texts.UKRAINIAN : jvm;
            }
        }
        return jvm;
    }

    /**
     * The message for a word in the place of the command that is neither a command nor an existing
     * file, or null when it may be a file name (it has an extension or a directory in it, and is not
     * a near miss of a command): {@code frobnicate} or {@code valdate x.csv}.
     */
    static @Nullable String unknownCommand(@Nullable String word, Collection<String> commands, Texts t) {
        if (word == null || word.isEmpty() || word.startsWith("-") || commands.contains(word)) {
            return null;
        }
        try {
            if (Files.exists(Path.of(word))) {
                return null;
            }
        } catch (InvalidPathException e) {
            // not a file name either
        }
        String nearest = nearest(word, commands);
        boolean looksLikeFile = word.contains(".") || word.contains("/") || word.contains("\\");
        if (nearest == null && looksLikeFile) {
            return null;
        }
        String list = String.join(", ", commands.stream().filter(c -> !c.equals("help")).toList());
        return nearest == null ? t.get("error.usage.unknownCommand", word, list)
                : t.get("error.usage.unknownCommandNear", word, nearest, list);
    }

    /** The command nearest to {@code word} within {@link #MAX_DISTANCE} edits, or null. */
    static @Nullable String nearest(String word, Collection<String> commands) {
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        String w = word.toLowerCase(Locale.ROOT);
        for (String c : commands) {
            int d = distance(w, c);
            if (d < bestDistance || d == bestDistance && best != null && c.compareTo(best) < 0) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= MAX_DISTANCE && w.length() > MAX_DISTANCE ? best : null;
    }

    /** Optimal-string-alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Picocli's error in our words (without the "See: … --help" line). */
    static String describe(ParameterException e, Texts t) {
        if (e instanceof UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            if (first.startsWith("-")) {
                List<String> suggestions = u.getSuggestions();
                return suggestions.isEmpty() ? t.get("error.usage.unknownOption", first)
                        : t.get("error.usage.unknownOptionNear", first, suggestions.get(0));
            }
            return t.get("error.usage.unexpected", String.join(" ", unmatched));
        }
        if (e instanceof MissingParameterException m) {
            List<String> names = new ArrayList<>();
            boolean positional = false;
            for (ArgSpec a : m.getMissing()) {
                names.add(name(a));
                positional |= a.isPositional();
            }
            return t.get(positional ? "error.usage.missingParameter" : "error.usage.missing", String.join(", ", names));
        }
        if (e instanceof OverwrittenOptionException o) {
            return t.get("error.usage.twice", name(o.getOverwritten()));
        }
        ArgSpec arg = e.getArgSpec();
        String value = e.getValue();
        if (arg != null && value != null) {
            Class<?> type = arg.type();
            if (type.isEnum()) {
                String allowed = String.join(", ", Arrays.stream(type.getEnumConstants())
                        .map(String::valueOf).toList());
                return t.get("error.usage.choice", name(arg), value, allowed);
            }
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                return t.get("error.usage.number", name(arg), value);
            }
            return t.get("error.usage.value", name(arg), value);
        }
        if (arg != null) {
            // an option given last without its value, e.g. "validate --lang"
            return t.get("error.usage.missing", name(arg));
        }
        return t.get("error.usage.other");
    }

    private static String name(@Nullable ArgSpec a) {
        if (a == null) {
            return "?";
        }
        if (a instanceof OptionSpec o) {
            return o.longestName();
        }
        return a.paramLabel();
    }
}
