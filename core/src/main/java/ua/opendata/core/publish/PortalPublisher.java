package ua.opendata.core.publish;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import ua.opendata.ckan.CkanClient;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Register;

/**
 * The publish workflow on one portal, made with {@link #create}: {@link #plan} compares a register with what the organization holds on the
 * portal; {@link #apply} carries the plan out. (Named so as not to clash with the passport's
 * {@link ua.opendata.passport.Publisher}.)
 *
 * <p>Apply is idempotent, keyed by dataset name: each dataset is re-read before it is written, a dataset
 * whose owned fields already match is not written again, and an upload is skipped when the resource already
 * carries the file's SHA-256 ({@code r835_sha256}); so a rerun after a crash, with the same plan or a fresh
 * one, continues without duplicates. Updates start from the current state and change only owned fields (see
 * {@link PortalProfile}), and they never overwrite a change made on the portal after the plan: the plan keeps
 * each dataset's {@code metadata_modified} ({@link PlanItem#portalModified()}), and apply writes only while the
 * dataset still carries it, with {@code package_revise} matching it where the portal has that action (CKAN
 * 2.9+, asked once through {@code status_show}), else (CKAN 2.7, data.gov.ua) by re-reading, comparing,
 * {@code package_update} of the merged dataset and re-reading to verify. A dataset changed since the plan
 * (or created, for a planned create) gives {@link ItemResult.Outcome#CONFLICT} and is not written. On CKAN
 * 2.7 a small window remains between the re-read and the update, and data.gov.ua does not bump
 * {@code metadata_modified} for an edit less than a minute after the previous one. The API key never
 * appears in results.
 */
public final class PortalPublisher {

    private final CkanClient client;

    private PortalPublisher(CkanClient client) {
        this.client = client;
    }

    /**
     * A publisher working through a portal client.
     *
     * @param client the portal client: a key that may read the organization's private datasets to plan, and
     *               write to it to apply
     * @return the publisher; it never closes the client
     */
    public static PortalPublisher create(CkanClient client) {
        return new PortalPublisher(Objects.requireNonNull(client, "client"));
    }

    /**
     * Plans a publication (reads only: {@code package_search} with {@code fq=organization:<name>}, then
     * {@code package_show} of every register dataset: the field comparison and the compare-and-swap stamp
     * come from {@code package_show}, as the search index may keep an older {@code metadata_modified}).
     * Set-valued fields (tags, {@code tag_string}, keyword and format lists) are compared as sets, so a
     * dataset the portal holds with its tags in another order is unchanged and a rerun writes nothing.
     * Unless {@link PublishOptions#validate()} is off, the register and passports are validated with the
     * options' rulebook and the ERROR findings of each dataset are kept in its item
     * ({@link PlanItem#blockingFindings()}): apply then does not write it unless forced.
     *
     * @param register  the register: one plan item per entry
     * @param passports the passports by identifier; an entry without one is published from its register columns
     *                  ({@link ua.opendata.passport.EntryPassports#toPassport})
     * @param files     local files to upload, by the distribution's link in the passport (or by the passport
     *                  identifier for a dataset with one distribution); may be empty
     * @param options   the organization, profile, licence and validation
     * @return the plan
     */
    public PublishPlan plan(Register register, Map<String, Passport> passports, Map<String, Path> files,
                            PublishOptions options) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(options, "options");
        ValidationReport report = options.validate() ? options.rulebook().validate(register, passports) : null;
        return PlanEngine.plan(client, register, Map.copyOf(passports), Map.copyOf(files), options, report);
    }

    /**
     * Plans a publication with the validation report the caller already has (e.g. the one it showed the
     * user), instead of validating again: the ERROR findings of each dataset in {@code report} are kept in its
     * item and block it at apply unless forced. {@link PublishOptions#validate()} and its rulebook are not
     * used. Otherwise as {@link #plan(Register, Map, Map, PublishOptions)}.
     *
     * @param register  the register: one plan item per entry
     * @param passports the passports by identifier
     * @param files     local files to upload; may be empty
     * @param options   the organization, profile and licence
     * @param report    the validation report of this register and these passports
     * @return the plan
     */
    public PublishPlan plan(Register register, Map<String, Passport> passports, Map<String, Path> files,
                            PublishOptions options, ValidationReport report) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(report, "report");
        return PlanEngine.plan(client, register, Map.copyOf(passports), Map.copyOf(files), options, report);
    }

    /**
     * Applies a plan: a dry run writes nothing; otherwise datasets whose passports have ERROR findings are
     * blocked unless forced, and each other writing item is created, updated and its files uploaded.
     *
     * @param plan    the plan
     * @param options dry run (the default) or execute, with force, pacing and concurrency
     * @return one result per plan item, in plan order
     */
    public PublishResult apply(PublishPlan plan, ApplyOptions options) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        return ApplyEngine.apply(client, plan, options);
    }
}
