package ua.opendata.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.TimelinessStatus;
import ua.opendata.core.rules.ValidationReport;

/**
 * {@code --as-of DATE} on {@code validate} and {@code audit}: the state judged as of a past day (e.g. the
 * yearly audit of last year run in January), written {@code YYYY-MM-DD} or, as Ukrainian clerks write it,
 * {@code DD.MM.YYYY}; and what the summaries say about it.
 */
final class AsOfOption {
    /** Datasets changed or created after the day listed on the console at most (all are in the reports). */
    static final int MAX_LISTED = 20;

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DOTTED = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
    private static final DateTimeFormatter UKRAINIAN = DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT);

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "opt.as-of")
    @Nullable String asOf;

    /** The as-of date, or null without the option; a usage error naming the option when malformed or in the future. */
    @Nullable LocalDate checked(Texts t, Clock clock) {
        if (asOf == null) {
            return null;
        }
        String s = asOf.strip();
        LocalDate date;
        try {
            if (ISO.matcher(s).matches()) {
                date = LocalDate.parse(s);
            } else if (DOTTED.matcher(s).matches()) {
                date = LocalDate.parse(s, UKRAINIAN);
            } else {
                throw new CliException(OpendataCommand.USAGE, t.get("error.asOf.format", asOf));
            }
        } catch (DateTimeParseException e) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.asOf.format", asOf), e);
        }
        LocalDate today = LocalDate.now(clock.withZone(RulebookConfig.KYIV));
        if (date.isAfter(today)) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.asOf.future", asOf, SHOWN.format(today)));
        }
        return date;
    }

    /** Prints, before the summary's figures, the day the state was judged on and the annex version applied. */
    static void printHeader(PrintStream out, Texts t, LocalDate date, String annexVersion) {
        out.println(t.get("asOf.summary", SHOWN.format(date), annexVersion));
    }

    /**
     * Prints, after the summary, the datasets whose state on the as-of date the data does not show (changed or
     * created after it): how many, and the first {@link #MAX_LISTED} with the reason.
     */
    static void printAfter(PrintStream out, Texts t, ValidationReport report) {
        List<DatasetResult> after = after(report);
        long changed = after.stream().filter(d -> d.timeliness().status() == TimelinessStatus.CHANGED_AFTER_AS_OF)
                .count();
        out.println(t.get("asOf.after", changed, after.size() - changed));
        Locale locale = t.locale();
        for (int i = 0; i < after.size() && i < MAX_LISTED; i++) {
            DatasetResult d = after.get(i);
            out.println("  " + (d.identifier() == null ? "#" + (d.index() + 1) : d.identifier()) + ": "
                    + d.timeliness().reason().get(locale));
        }
        if (after.size() > MAX_LISTED) {
            out.println("  " + t.get("asOf.more", after.size() - MAX_LISTED));
        }
    }

    /** Adds {@code asOf} ({@code date}, {@code annexVersion}, {@code changedAfter}, {@code createdAfter}) to a JSON summary. */
    static void putJson(ObjectNode o, LocalDate date, String annexVersion, ValidationReport report) {
        ObjectNode a = o.putObject("asOf");
        a.put("date", date.toString());
        a.put("annexVersion", annexVersion);
        List<DatasetResult> after = after(report);
        long changed = after.stream().filter(d -> d.timeliness().status() == TimelinessStatus.CHANGED_AFTER_AS_OF)
                .count();
        a.put("changedAfter", changed);
        a.put("createdAfter", after.size() - changed);
    }

    /** The datasets whose verdict is changed or created after the as-of date, in report order. */
    private static List<DatasetResult> after(ValidationReport report) {
        List<DatasetResult> after = new ArrayList<>();
        for (DatasetResult d : report.datasets()) {
            if (d.timeliness() != null && d.timeliness().status().afterAsOf() && d.timeliness().reason() != null) {
                after.add(d);
            }
        }
        return after;
    }
}
