package ua.opendata.passport;

import jakarta.validation.Valid;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The register of datasets (реєстр наборів даних) a holder keeps and publishes: its entries in
 * file order, and the headers of further columns that are not part of the SDK's layout, which are
 * kept so that a register read and written back loses nothing.
 *
 * @param entries      the entries, in file order
 * @param extraColumns the headers of further columns, in file order; every entry's
 *                     {@link RegisterEntry#extraColumns()} keys are among them
 */
public record Register(List<@Valid RegisterEntry> entries, List<String> extraColumns) {

    /**
     * Copies the lists and checks that every entry's further cells belong to a declared column.
     *
     * @param entries the entries, in file order
     * @param extraColumns the headers of further columns, in file order; every entry's
     *                     {@link RegisterEntry#extraColumns()} keys are among them
     */
    public Register {
        entries = List.copyOf(entries);
        extraColumns = List.copyOf(extraColumns);
        Set<String> declared = new LinkedHashSet<>(extraColumns);
        if (declared.size() != extraColumns.size()) {
            throw new IllegalArgumentException("duplicate extra column in " + extraColumns);
        }
        for (RegisterEntry e : entries) {
            if (e.extraColumns().isEmpty()) {
                continue;
            }
            for (String key : e.extraColumns().keySet()) {
                if (!declared.contains(key)) {
                    throw new IllegalArgumentException("entry " + e.identifier() + " has a cell for column '" + key
                            + "', which is not among the register's extra columns " + extraColumns);
                }
            }
        }
    }

    /**
     * A register of the given entries with no further columns.
     *
     * @param entries the register's rows, in file order
     * @return a register of those entries
     */
    public static Register of(List<RegisterEntry> entries) {
        return new Register(entries, List.of());
    }

    /** {@return the number of entries} */
    public int size() {
        return entries.size();
    }

    /**
     * The first entry with the given identifier.
     *
     * @param identifier the dataset identifier (register column 1)
     * @return the entry, or empty when no entry has that identifier
     */
    public Optional<RegisterEntry> find(String identifier) {
        Objects.requireNonNull(identifier, "identifier");
        for (RegisterEntry e : entries) {
            if (identifier.equals(e.identifier())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
