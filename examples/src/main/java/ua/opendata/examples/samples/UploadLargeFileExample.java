package ua.opendata.examples.samples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanUploadProgress;
import ua.opendata.ckan.CkanUploaded;
import ua.opendata.ckan.model.CkanResourceWrite;

/**
 * Example: upload a (large) file as a new resource of a dataset, streamed in constant memory, printing
 * the progress in percent and, at the end, the SHA-256 of what was sent.
 *
 * <p>Run: {@code OPENDATA_API_KEY=... java -cp examples/target/classes:cli/target/opendata.jar
 * ua.opendata.examples.samples.UploadLargeFileExample https://data.gov.ua DATASET FILE}. The key is
 * required: the portal takes uploads only from an editor of the dataset's organization.
 */
public final class UploadLargeFileExample {
    private UploadLargeFileExample() {
    }

    /**
     * Runs the example.
     *
     * @param args {@code PORTAL-URL DATASET FILE}
     */
    public static void main(String[] args) {
        Console.exit(launch(args, Console.system()));
    }

    /** What {@link #main} runs: the arguments parsed, the key from the environment; 0, or 2 for wrong usage. */
    static int launch(String[] args, Console console) {
        String key = console.apiKey();
        if (args.length != 3 || key == null) {
            return console.usage(Console.KEY_VARIABLE + "=... UploadLargeFileExample PORTAL-URL DATASET FILE");
        }
        run(args[0], key, args[1], Path.of(args[2]), console.locale(), console.out());
        return 0;
    }

    /**
     * Uploads {@code file} as a new resource of {@code dataset}, printing a line at every tenth of the
     * file sent ({@code 10 %} … {@code 100 %}) and then the resource id, size and SHA-256.
     *
     * @param portalUrl the portal's base URL
     * @param apiKey the API key of an editor of the dataset's organization
     * @param dataset the dataset's name or id
     * @param file the file to upload; the resource takes its name
     * @param locale the language of the output
     * @param out where progress and the checksum are printed
     * @return the resource created and the checksum
     */
    public static CkanUploaded run(String portalUrl, String apiKey, String dataset, Path file, Locale locale,
            PrintStream out) {
        Path fileName = file.getFileName();
        CkanResourceWrite resource = CkanResourceWrite.builder().packageId(dataset)
                .name(fileName == null ? file.toString() : fileName.toString()).build();
        try (CkanClient ckan = Console.client(portalUrl, apiKey)) {
            CkanUploaded uploaded = ckan.uploadNew(resource, file, new Percent(out, locale));
            out.println(Say.text(locale, "Ресурс: ", "Resource: ") + uploaded.resource().id());
            out.println(Say.text(locale, "Надіслано байтів: ", "Bytes sent: ") + uploaded.bytes());
            out.println("SHA-256: " + uploaded.sha256());
            return uploaded;
        }
    }

    /** Prints a line each time another tenth of the file has been sent; cheap when nothing changed. */
    private static final class Percent implements CkanUploadProgress {
        private final PrintStream out;
        private final String label;
        private long lastTenth;

        Percent(PrintStream out, Locale locale) {
            this.out = out;
            this.label = Say.text(locale, "Вивантажено: ", "Uploaded: ");
        }

        @Override
        public void progress(long sent, long total) {
            long tenth = total <= 0 ? 10 : Math.min(10, sent * 10 / total);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                out.println(label + tenth * 10 + " %");
            }
        }
    }
}
