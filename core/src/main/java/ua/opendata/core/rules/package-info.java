/**
 * The Resolution-835 rulebook: a catalogue of checkable requirements ({@link ua.opendata.core.rules.Rule}),
 * each with a stable id, a severity, its source and how sure that source is, and messages in
 * Ukrainian and English; the {@link ua.opendata.core.rules.Rulebook} that applies them to a register
 * and its passports; and the immutable {@link ua.opendata.core.rules.ValidationReport} of
 * {@link ua.opendata.core.rules.Finding findings} it returns. Bad data never throws.
 */
@NullMarked
package ua.opendata.core.rules;

import org.jspecify.annotations.NullMarked;
