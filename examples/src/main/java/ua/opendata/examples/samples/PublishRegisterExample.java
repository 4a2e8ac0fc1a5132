package ua.opendata.examples.samples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.CkanClient;
import ua.opendata.core.publish.ApplyOptions;
import ua.opendata.core.publish.PortalPublisher;
import ua.opendata.core.publish.PublishOptions;
import ua.opendata.core.publish.PublishPlan;
import ua.opendata.core.publish.PublishResult;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Register;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.json.PassportJson;

/**
 * Example: plan the publication of a register and its passports to a CKAN portal organization, print
 * the plan, and with {@code --execute} apply it (create and update the datasets). Passports with ERROR
 * findings of the Resolution-835 rulebook are blocked.
 *
 * <p>Run: {@code OPENDATA_API_KEY=... java -cp examples/target/classes:cli/target/opendata.jar
 * ua.opendata.examples.samples.PublishRegisterExample https://data.gov.ua ORGANIZATION REGISTER.csv|.json
 * [PASSPORTS-DIR] [--execute]}. Without {@code --execute} it is a dry run: nothing is written.
 */
public final class PublishRegisterExample {
    /** Passport files read from one directory at most. */
    static final int MAX_PASSPORT_FILES = 10_000;
    private static final String NO_KEY_UK = "Для --execute потрібен API-ключ: задайте змінну середовища "
            + Console.KEY_VARIABLE + ".";
    private static final String NO_KEY_EN = "--execute needs an API key: set the " + Console.KEY_VARIABLE
            + " environment variable.";

    private PublishRegisterExample() {
    }

    /**
     * Runs the example.
     *
     * @param args {@code PORTAL-URL ORGANIZATION REGISTER [PASSPORTS-DIR] [--execute]}
     */
    public static void main(String[] args) {
        Console.exit(launch(args, Console.system()));
    }

    /**
     * What {@link #main} runs: the arguments parsed, the key from the environment; 0, or 2 for wrong usage
     * (also {@code --execute} without a key, before the portal is asked).
     */
    static int launch(String[] args, Console console) {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        boolean execute = a.remove("--execute");
        if (a.size() < 3 || a.size() > 4) {
            return console.usage("PublishRegisterExample PORTAL-URL ORGANIZATION REGISTER [PASSPORTS-DIR]"
                    + " [--execute]");
        }
        String key = console.apiKey();
        if (execute && key == null) {
            console.err().println(Say.text(console.locale(), NO_KEY_UK, NO_KEY_EN));
            return 2;
        }
        run(a.get(0), key, a.get(1), Path.of(a.get(2)), a.size() > 3 ? Path.of(a.get(3)) : null, execute,
                console.clock(), console.locale(), console.out());
        return 0;
    }

    /**
     * Plans, prints the plan and applies it: for real when {@code execute}, as a dry run otherwise.
     *
     * @param portalUrl the portal's base URL
     * @param apiKey the API key (needed to write, and to see the organization's private datasets)
     * @param organization the organization name on the portal
     * @param register the register, CSV (as Excel exports it) or JSON ({@code .json})
     * @param passportsDir a directory of passport JSON files, or null to publish from the register columns
     * @param execute whether to write to the portal
     * @param clock the clock the rulebook judges the passports by
     * @param locale the language of the output
     * @param out where the plan and the result are printed
     * @return the result, one item per register entry
     * @throws IllegalArgumentException when {@code execute} is asked without an API key
     */
    public static PublishResult run(String portalUrl, @Nullable String apiKey, String organization, Path register,
            @Nullable Path passportsDir, boolean execute, Clock clock, Locale locale, PrintStream out) {
        if (execute && apiKey == null) {
            throw new IllegalArgumentException(Say.text(locale, NO_KEY_UK, NO_KEY_EN));
        }
        Register reg = register.toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? PassportJson.defaults().readRegister(register)
                : RegisterCsvReader.defaults().read(register).register();
        Map<String, Passport> passports = passportsDir == null ? Map.of() : readPassports(passportsDir);
        PublishOptions options = PublishOptions.builder(organization)
                .rulebook(Rulebook.create(RulebookConfig.builder().clock(clock).build())).build();
        try (CkanClient ckan = Console.client(portalUrl, apiKey)) {
            PublishPlan plan = PortalPublisher.create(ckan).plan(reg, passports, Map.of(), options);
            out.print(plan.render(locale));
            out.println();
            if (!execute) {
                out.println(Say.text(locale, "Пробний запуск: на портал нічого не записано (додайте --execute).",
                        "Dry run: nothing is written to the portal (add --execute)."));
            }
            PublishResult result = PortalPublisher.create(ckan).apply(plan,
                    execute ? ApplyOptions.execute() : ApplyOptions.dryRun());
            out.print(result.render(locale));
            return result;
        }
    }

    /** The passports of a directory's {@code *.json} files, by identifier (file name when it has none). */
    static Map<String, Passport> readPassports(Path dir) {
        Map<String, Passport> byId = new TreeMap<>();
        int files = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : ds) {
                if (++files > MAX_PASSPORT_FILES) {
                    throw new IllegalArgumentException("More than " + MAX_PASSPORT_FILES + " passport files in "
                            + dir + "; split the directory");
                }
                Passport passport = PassportJson.defaults().readPassport(p);
                String id = passport.identifier();
                byId.put(id == null ? String.valueOf(p.getFileName()) : id, passport);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the passports directory " + dir
                    + "; check that it exists and is readable", e);
        }
        return byId;
    }
}
