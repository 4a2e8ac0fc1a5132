package ua.opendata.core.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.internal.text.Catalog;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.mapping.ProfileDetection;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.text.Messages;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Register;

/**
 * What to audit and how: an organization (or the whole portal), the mapping profile, the rulebook
 * configuration, the register to compare with, the base of the dataset page links, a progress callback, a
 * listener for results as they come, and the file check. Immutable; build with {@link #builder()}.
 */
public final class AuditOptions {

    /** The dataset page base of data.gov.ua. */
    public static final String DATA_GOV_UA_PAGES = "https://data.gov.ua/dataset/";

    private final @Nullable String organization;
    private final @Nullable ProfileDetection profile;
    private final RulebookConfig rulebook;
    private final @Nullable Register register;
    private final Map<String, Passport> passports;
    private final @Nullable String datasetPageBase;
    private final @Nullable Consumer<AuditProgress> progress;
    private final @Nullable AuditListener listener;
    private final @Nullable AuditResourceCheck resourceCheck;
    private final int resourceCheckConcurrency;
    private final boolean includePrivate;
    private final int pageSize;

    private AuditOptions(Builder b) {
        this.organization = b.organization;
        this.profile = b.profile;
        this.rulebook = b.rulebook;
        this.register = b.register;
        this.passports = Map.copyOf(b.passports);
        this.datasetPageBase = b.datasetPageBase == null || b.datasetPageBase.endsWith("/") ? b.datasetPageBase
                : b.datasetPageBase + "/";
        this.progress = b.progress;
        this.listener = b.listener;
        this.resourceCheck = b.resourceCheck;
        this.resourceCheckConcurrency = b.resourceCheckConcurrency;
        this.includePrivate = b.includePrivate;
        this.pageSize = b.pageSize;
    }

    /**
     * A builder with the defaults: the whole portal, the profile detected from the portal, default rulebook,
     * page links on the audited portal.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Options auditing one organization, everything else defaulted (as {@link #builder()}).
     *
     * @param name the organization's CKAN name (a-z, 0-9, {@code -}, {@code _}), not its title
     * @return the options
     * @throws IllegalArgumentException when {@code name} is not a CKAN organization name
     */
    public static AuditOptions organization(String name) {
        return builder().organization(name).build();
    }

    /** {@return the organization's name; {@code null} when the whole portal is audited} */
    public @Nullable String organization() {
        return organization;
    }

    /**
     * {@return the mapping profile given, with how it was chosen} {@code null} when it is to be detected from
     * the portal ({@link PortalAudit#detectProfile}) when the audit runs.
     */
    public @Nullable ProfileDetection profile() {
        return profile;
    }

    /** {@return the rulebook configuration (clock, zone, rules)} */
    public RulebookConfig rulebook() {
        return rulebook;
    }

    /** {@return the register to compare with; {@code null} for no comparison} */
    public @Nullable Register register() {
        return register;
    }

    /**
     * {@return the register's passports by identifier} They are not validated by the audit; they are kept
     * for the caller's reference. Empty when none were given.
     */
    public Map<String, Passport> passports() {
        return passports;
    }

    /**
     * {@return the base of dataset page links, ending in {@code /}} A dataset's link is this base with the
     * dataset name appended; {@code null} for the audited portal's own pages ({@code <base URL>/dataset/}).
     */
    public @Nullable String datasetPageBase() {
        return datasetPageBase;
    }

    /** {@return the progress callback; {@code null} for none} */
    public @Nullable Consumer<AuditProgress> progress() {
        return progress;
    }

    /** {@return the listener told of results as they come; {@code null} for none} */
    public @Nullable AuditListener listener() {
        return listener;
    }

    /**
     * {@return the file check} {@code null} for none: every file is then left
     * {@link AuditFileStatus#NOT_CHECKED}.
     */
    public @Nullable AuditResourceCheck resourceCheck() {
        return resourceCheck;
    }

    /** {@return how many resources are checked at the same time; default 4} */
    public int resourceCheckConcurrency() {
        return resourceCheckConcurrency;
    }

    /** {@return whether private datasets the client's key may see are audited too; default false} */
    public boolean includePrivate() {
        return includePrivate;
    }

    /** {@return the rows asked per search page while harvesting; default 1000} */
    public int pageSize() {
        return pageSize;
    }

    /** {@return a builder holding these options} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.organization = organization;
        b.profile = profile;
        b.rulebook = rulebook;
        b.register = register;
        b.passports.putAll(passports);
        b.datasetPageBase = datasetPageBase;
        b.progress = progress;
        b.listener = listener;
        b.resourceCheck = resourceCheck;
        b.resourceCheckConcurrency = resourceCheckConcurrency;
        b.includePrivate = includePrivate;
        b.pageSize = pageSize;
        return b;
    }

    @Override
    public String toString() {
        return "AuditOptions[organization=" + organization + ", profile="
                + (profile == null ? "detect" : profile.profile().name()) + ", register="
                + (register == null ? "none" : register.size() + " entries") + ", pages=" + datasetPageBase + "]";
    }

    /** Builds {@link AuditOptions}; not thread-safe. */
    public static final class Builder {
        private @Nullable String organization;
        private @Nullable ProfileDetection profile;
        private RulebookConfig rulebook = RulebookConfig.defaults();
        private @Nullable Register register;
        private final Map<String, Passport> passports = new LinkedHashMap<>();
        private @Nullable String datasetPageBase;
        private @Nullable Consumer<AuditProgress> progress;
        private @Nullable AuditListener listener;
        private @Nullable AuditResourceCheck resourceCheck;
        private int resourceCheckConcurrency = 4;
        private boolean includePrivate;
        private int pageSize = 1000;

        private Builder() {
        }

        /**
         * The organization to audit.
         *
         * @param value the organization's <em>name</em> (used in {@code fq=organization:<name>}): a-z, 0-9,
         *              {@code -}, {@code _}, at most 100 characters, not its title; {@code null} for the whole
         *              portal
         * @return this builder
         * @throws IllegalArgumentException when {@code value} is blank or not a CKAN organization name
         */
        public Builder organization(@Nullable String value) {
            if (value != null && (value.isBlank() || !value.matches("[a-z0-9_-]{1,100}"))) {
                throw new IllegalArgumentException(Catalog.bilingual(Messages.AUDIT, "options.organization", value));
            }
            this.organization = value;
            return this;
        }

        /**
         * The mapping profile, given by the caller; default: detected from the portal when the audit runs.
         *
         * @param value the profile, recorded as {@link ProfileDetection.Source#GIVEN}
         * @return this builder
         */
        public Builder profile(PortalProfile value) {
            this.profile = ProfileDetection.given(Objects.requireNonNull(value, "profile"));
            return this;
        }

        /**
         * The mapping profile with how it was chosen.
         *
         * @param value the profile and its source (e.g. detected beforehand with
         *              {@link PortalAudit#detectProfile}); {@code null} to detect it when the audit runs
         * @return this builder
         */
        public Builder profile(@Nullable ProfileDetection value) {
            this.profile = value;
            return this;
        }

        /**
         * The rulebook configuration.
         *
         * @param value the configuration (clock, zone, rules); default {@link RulebookConfig#defaults()}
         * @return this builder
         */
        public Builder rulebook(RulebookConfig value) {
            this.rulebook = Objects.requireNonNull(value, "rulebook");
            return this;
        }

        /**
         * The register to compare with, and its passports; replaces any passports set before.
         *
         * @param value         the register; {@code null} for no comparison
         * @param passportsById the register's passports by identifier; may be empty (copied)
         * @return this builder
         */
        public Builder register(@Nullable Register value, Map<String, Passport> passportsById) {
            this.register = value;
            this.passports.clear();
            this.passports.putAll(passportsById);
            return this;
        }

        /**
         * The register to compare with, without passports (any set before are dropped).
         *
         * @param value the register; {@code null} for no comparison
         * @return this builder
         */
        public Builder register(@Nullable Register value) {
            return register(value, Map.of());
        }

        /**
         * The base of dataset page links.
         *
         * @param value the base, e.g. {@code https://data.gov.ua/dataset/} ({@link #DATA_GOV_UA_PAGES}); must
         *              start with {@code https://} or {@code http://}; a {@code /} is added when it does not
         *              end in one; {@code null} (the default) for the audited portal's own pages,
         *              {@code <base URL>/dataset/}
         * @return this builder
         * @throws IllegalArgumentException when {@code value} is not an http(s) address
         */
        public Builder datasetPageBase(@Nullable String value) {
            if (value == null) {
                this.datasetPageBase = null;
                return this;
            }
            if (!value.startsWith("https://") && !value.startsWith("http://")) {
                throw new IllegalArgumentException(Catalog.bilingual(Messages.AUDIT, "options.datasetPageBase", value));
            }
            this.datasetPageBase = value;
            return this;
        }

        /**
         * A callback told of progress.
         *
         * @param value called from the thread that runs the audit; {@code null} (the default) for none
         * @return this builder
         */
        public Builder progress(@Nullable Consumer<AuditProgress> value) {
            this.progress = value;
            return this;
        }

        /**
         * A listener told of each dataset's row and verdict as they come.
         *
         * @param value the listener (see {@link AuditListener}); {@code null} (the default) for none
         * @return this builder
         */
        public Builder listener(@Nullable AuditListener value) {
            this.listener = value;
            return this;
        }

        /**
         * The file check.
         *
         * @param value the check (see {@link AuditResourceCheck}); {@code null} (the default) for none: every
         *              file is then {@link AuditFileStatus#NOT_CHECKED}
         * @return this builder
         */
        public Builder resourceCheck(@Nullable AuditResourceCheck value) {
            this.resourceCheck = value;
            return this;
        }

        /**
         * How many resources are checked at the same time.
         *
         * @param value 1 to 64; default 4
         * @return this builder
         * @throws IllegalArgumentException when {@code value} is outside 1 to 64
         */
        public Builder resourceCheckConcurrency(int value) {
            if (value < 1 || value > 64) {
                throw new IllegalArgumentException(Catalog.bilingual(Messages.AUDIT, "options.resourceCheckConcurrency",
                        value));
            }
            this.resourceCheckConcurrency = value;
            return this;
        }

        /**
         * Whether private datasets the key may see are audited too.
         *
         * @param value {@code true} to include them; default {@code false} (what the public sees)
         * @return this builder
         */
        public Builder includePrivate(boolean value) {
            this.includePrivate = value;
            return this;
        }

        /**
         * The rows asked per search page ({@code package_search}) while harvesting.
         *
         * @param value 1 to 1000; default 1000
         * @return this builder
         * @throws IllegalArgumentException when {@code value} is outside 1 to 1000
         */
        public Builder pageSize(int value) {
            if (value < 1 || value > 1000) {
                throw new IllegalArgumentException(Catalog.bilingual(Messages.AUDIT, "options.pageSize", value));
            }
            this.pageSize = value;
            return this;
        }

        /** {@return the options} */
        public AuditOptions build() {
            return new AuditOptions(this);
        }
    }
}
