package ua.opendata.core.publish;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.mapping.PublishTarget;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;

/**
 * How to plan a publication: the organization, the profile, the licence, and whether and with which
 * rulebook the passports are checked. Safe by default: a plan validates every passport with the rulebook
 * (by default {@link RulebookConfig#defaults()}), and a dataset whose passport has ERROR findings is marked
 * in the plan ({@link PlanItem#blockingFindings()}) and not written at apply unless forced. Turn that off only on
 * purpose, with {@link Builder#validate(boolean) validate(false)}. Immutable.
 */
public final class PublishOptions {

    private final String organization;
    private final PortalProfile profile;
    private final String licenseId;
    private final Rulebook rulebook;
    private final boolean validate;

    private PublishOptions(Builder b) {
        this.organization = b.organization;
        this.profile = b.profile;
        this.licenseId = b.licenseId;
        this.rulebook = b.rulebook != null ? b.rulebook : Rulebook.create(RulebookConfig.defaults());
        this.validate = b.validate;
        new PublishTarget(organization, null, licenseId); // same checks
    }

    /**
     * Options for the organization with everything else defaulted: the data.gov.ua profile, licence
     * {@code cc-by}, passports validated with the default rulebook.
     *
     * @param organization the organization's <em>name</em> (used in {@code fq=organization:<name>})
     * @return the options
     * @throws IllegalArgumentException when {@code organization} is blank
     */
    public static PublishOptions of(String organization) {
        return builder(organization).build();
    }

    /**
     * A builder for the organization, everything else defaulted as in {@link #of}.
     *
     * @param organization the organization's <em>name</em> (used in {@code fq=organization:<name>}); checked
     *                     when the options are built
     * @return a new builder
     */
    public static Builder builder(String organization) {
        return new Builder(organization);
    }

    /** {@return a builder holding these options} */
    public Builder toBuilder() {
        Builder b = new Builder(organization);
        b.profile = profile;
        b.licenseId = licenseId;
        b.rulebook = rulebook;
        b.validate = validate;
        return b;
    }

    /** {@return the organization's name} */
    public String organization() {
        return organization;
    }

    /** {@return the mapping profile} */
    public PortalProfile profile() {
        return profile;
    }

    /** {@return the licence id sent with every dataset} */
    public String licenseId() {
        return licenseId;
    }

    /** {@return the rulebook that checks the passports when {@link #validate()} is on} */
    public Rulebook rulebook() {
        return rulebook;
    }

    /** {@return whether the plan validates the passports (default {@code true})} */
    public boolean validate() {
        return validate;
    }

    /** The target for one dataset. */
    PublishTarget target(String name) {
        return new PublishTarget(organization, name, licenseId);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof PublishOptions other && organization.equals(other.organization)
                && profile.equals(other.profile) && licenseId.equals(other.licenseId)
                && rulebook.equals(other.rulebook) && validate == other.validate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(organization, profile, licenseId, rulebook, validate);
    }

    @Override
    public String toString() {
        return "PublishOptions[organization=" + organization + ", profile=" + profile.name() + ", licenseId="
                + licenseId + ", validate=" + validate + "]";
    }

    /** Builds {@link PublishOptions}; not thread-safe. */
    public static final class Builder {
        private final String organization;
        private PortalProfile profile = PortalProfile.dataGovUa();
        private String licenseId = PublishTarget.DEFAULT_LICENSE;
        private @Nullable Rulebook rulebook;
        private boolean validate = true;

        private Builder(String organization) {
            this.organization = Objects.requireNonNull(organization, "organization");
        }

        /**
         * The mapping profile.
         *
         * @param value the profile; default {@link PortalProfile#dataGovUa()}
         * @return this builder
         */
        public Builder profile(PortalProfile value) {
            this.profile = Objects.requireNonNull(value, "profile");
            return this;
        }

        /**
         * The licence id sent with every dataset.
         *
         * @param value a CKAN licence id, e.g. {@code cc-by}; default {@link PublishTarget#DEFAULT_LICENSE}
         * @return this builder
         */
        public Builder licenseId(String value) {
            this.licenseId = Objects.requireNonNull(value, "licenseId");
            return this;
        }

        /**
         * The rulebook that checks the passports.
         *
         * @param value the rulebook; default one created with {@link RulebookConfig#defaults()}
         * @return this builder
         */
        public Builder rulebook(Rulebook value) {
            this.rulebook = Objects.requireNonNull(value, "rulebook");
            return this;
        }

        /**
         * Whether the plan validates the passports; default {@code true}. With {@code false} no dataset is
         * marked or held back for its findings: publish what the register says, as it is.
         *
         * @param value {@code false} to skip the rulebook
         * @return this builder
         */
        public Builder validate(boolean value) {
            this.validate = value;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException when the organization is blank
         */
        public PublishOptions build() {
            return new PublishOptions(this);
        }
    }
}
