package ua.opendata.examples.samples;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanSearchQuery;
import ua.opendata.ckan.model.CkanDataset;

/**
 * Example: harvest every dataset of a CKAN portal, or of one organization on it, to a JSON Lines file
 * (one {@code package_show}-shaped object per line, unknown fields kept), streamed in constant memory.
 *
 * <p>Run: {@code OPENDATA_API_KEY=... java -cp examples/target/classes:cli/target/opendata.jar
 * ua.opendata.examples.samples.HarvestToJsonLinesExample https://data.gov.ua datasets.jsonl [ORGANIZATION]}.
 * The key is optional; with it, the organization's private datasets are included too.
 */
public final class HarvestToJsonLinesExample {
    private static final ObjectMapper LINES = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    private HarvestToJsonLinesExample() {
    }

    /**
     * Runs the example.
     *
     * @param args {@code PORTAL-URL OUT.jsonl [ORGANIZATION]}
     */
    public static void main(String[] args) {
        Console.exit(launch(args, Console.system()));
    }

    /** What {@link #main} runs: the arguments parsed, the key from the environment; 0, or 2 for wrong usage. */
    static int launch(String[] args, Console console) {
        if (args.length < 2 || args.length > 3) {
            return console.usage("HarvestToJsonLinesExample PORTAL-URL OUT.jsonl [ORGANIZATION]");
        }
        run(args[0], console.apiKey(), args.length > 2 ? args[2] : null, Path.of(args[1]), console.locale(),
                console.out());
        return 0;
    }

    /**
     * Harvests the portal (or one organization) into {@code outFile}, one dataset per line, printing a
     * line every 1,000 datasets and the total at the end.
     *
     * @param portalUrl the portal's base URL, e.g. {@code https://data.gov.ua}
     * @param apiKey the API key, or null to read public datasets only
     * @param organization the organization name to harvest, or null for the whole portal
     * @param outFile the JSON Lines file (replaced)
     * @param locale the language of the output
     * @param out where progress is printed
     * @return how many datasets were written
     */
    public static long run(String portalUrl, @Nullable String apiKey, @Nullable String organization, Path outFile,
            Locale locale, PrintStream out) {
        CkanSearchQuery.Builder query = CkanSearchQuery.builder();
        if (organization != null) {
            query.fq("organization:" + organization);
        }
        if (apiKey != null) {
            query.includePrivate(true);
        }
        long count = 0;
        try (CkanClient ckan = Console.client(portalUrl, apiKey);
             Stream<CkanDataset> datasets = ckan.harvest(query.build());
             Writer w = new BufferedWriter(Files.newBufferedWriter(outFile, StandardCharsets.UTF_8))) {
            Iterator<CkanDataset> it = datasets.iterator();
            while (it.hasNext()) {
                LINES.writeValue(w, it.next().toJson());
                w.write('\n');
                if (++count % 1_000 == 0) {
                    out.println(Say.text(locale, "Зібрано наборів: ", "Datasets harvested: ") + count);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + outFile + ": " + e.getMessage()
                    + "; check that its directory exists and is writable", e);
        }
        out.println(Say.text(locale, "Готово: ", "Done: ") + count + " "
                + Say.text(locale, "наборів у ", "datasets in ") + outFile);
        return count;
    }
}
