package ua.opendata.core.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A message pattern parsed once: literal text and {@code {n}} argument slots, with
 * {@link java.text.MessageFormat}'s quoting ({@code ''} is an apostrophe, text between single
 * quotes is literal). Arguments are inserted as text. Immutable and thread-safe; much cheaper than
 * a {@code MessageFormat} per finding.
 */
public final class Template {

    private final String[] literals;
    private final int[] args;

    private Template(String[] literals, int[] args) {
        this.literals = literals;
        this.args = args;
    }

    /** Parses a pattern. */
    public static Template parse(String pattern) {
        List<String> lits = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < n && pattern.charAt(i + 1) == '\'') {
                    b.append('\'');
                    i += 2;
                    continue;
                }
                int end = pattern.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unclosed quote in message pattern: " + pattern);
                }
                b.append(pattern, i + 1, end);
                i = end + 1;
            } else if (c == '{') {
                int end = pattern.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalArgumentException("Unclosed argument in message pattern: " + pattern);
                }
                int index = Integer.parseInt(pattern.substring(i + 1, end).strip());
                lits.add(b.toString());
                b.setLength(0);
                slots.add(index);
                i = end + 1;
            } else {
                b.append(c);
                i++;
            }
        }
        lits.add(b.toString());
        return new Template(lits.toArray(new String[0]), slots.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The pattern with the arguments inserted as text. */
    public String format(Object... arguments) {
        StringBuilder b = new StringBuilder(64);
        for (int i = 0; i < args.length; i++) {
            b.append(literals[i]);
            int a = args[i];
            b.append(a < arguments.length ? String.valueOf(arguments[a]) : "{" + a + "}");
        }
        return b.append(literals[literals.length - 1]).toString();
    }
}
