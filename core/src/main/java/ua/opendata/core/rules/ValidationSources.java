package ua.opendata.core.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import ua.opendata.passport.RegisterLocations;
import ua.opendata.passport.SourceLocation;

/**
 * Where the register and the passports being validated were read from, so that each {@link Finding}
 * carries the place where the clerk fixes it ({@link Finding#location()}): the register's
 * {@link RegisterLocations} (as the CSV and XLSX readers return them) and each passport's file.
 * Immutable.
 *
 * <pre>{@code
 * RegisterReadResult read = RegisterCsvReader.defaults().read(Path.of("register.csv"));
 * ValidationReport report = rulebook.validate(read.register(), Map.of(), Map.of(),
 *         ValidationSources.of(read.locations()));
 * }</pre>
 */
public final class ValidationSources {

    private static final ValidationSources DEFAULTS = new ValidationSources(RegisterLocations.unknown(), Map.of());

    private final RegisterLocations register;
    private final Map<String, SourceLocation> passports;

    private ValidationSources(RegisterLocations register, Map<String, SourceLocation> passports) {
        this.register = register;
        this.passports = passports;
    }

    /** {@return no sources: findings carry no location} */
    public static ValidationSources defaults() {
        return DEFAULTS;
    }

    /**
     * The register's locations, no passport files.
     *
     * @param register where the register's entries came from
     * @return the sources
     */
    public static ValidationSources of(RegisterLocations register) {
        return new ValidationSources(Objects.requireNonNull(register, "register"), Map.of());
    }

    /**
     * A builder starting from the register's locations.
     *
     * @param register where the register's entries came from
     * @return a builder with no passport files
     */
    public static Builder builder(RegisterLocations register) {
        return new Builder(Objects.requireNonNull(register, "register"));
    }

    /** {@return a builder starting from these sources} */
    public Builder toBuilder() {
        Builder b = new Builder(register);
        b.passports.putAll(passports);
        return b;
    }

    /** {@return where the register's entries came from} */
    public RegisterLocations register() {
        return register;
    }

    /**
     * The file a passport was read from.
     *
     * @param datasetId the passport's dataset identifier
     * @return its file; empty when not given
     */
    public Optional<SourceLocation> passport(String datasetId) {
        return Optional.ofNullable(passports.get(Objects.requireNonNull(datasetId, "datasetId")));
    }

    @Override
    public String toString() {
        return "ValidationSources[register=" + register + ", passports=" + passports.size() + "]";
    }

    /** Builds {@link ValidationSources}. Not thread-safe. */
    public static final class Builder {
        private final RegisterLocations register;
        private final Map<String, SourceLocation> passports = new LinkedHashMap<>();

        private Builder(RegisterLocations register) {
            this.register = register;
        }

        /**
         * The file a passport was read from, e.g. {@code SourceLocation.ofFile("d-1.json")}.
         *
         * @param datasetId the passport's dataset identifier
         * @param file where the passport came from
         * @return this builder
         */
        public Builder passport(String datasetId, SourceLocation file) {
            passports.put(Objects.requireNonNull(datasetId, "datasetId"), Objects.requireNonNull(file, "file"));
            return this;
        }

        /** {@return the sources given to this builder} */
        public ValidationSources build() {
            return new ValidationSources(register, Map.copyOf(passports));
        }
    }
}
