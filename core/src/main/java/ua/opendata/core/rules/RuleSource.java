package ua.opendata.core.rules;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a rule comes from.
 *
 * @param document  the document, e.g. «Положення про набори даних (постанова КМУ № 835)»
 * @param clause    the clause or element, e.g. «паспорт, елемент 2»
 * @param url       where to read it; {@code null} when there is no public link
 * @param certainty how sure the source is
 */
public record RuleSource(String document, String clause, @Nullable String url, Certainty certainty) {
    /**
     * Checks structure only.
     *
     * @param document  the document
     * @param clause    the clause or element
     * @param url       where to read it, or {@code null}
     * @param certainty how sure the source is
     */
    public RuleSource {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(certainty, "certainty");
    }
}
