package ua.opendata.passport;

import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.constraints.HttpUrl;

/**
 * The structure of a dataset (passport element 14): a link to the structure file or API, and its
 * fields when they are known.
 *
 * @param url    the absolute http(s) link to the structure; {@code null} when only fields are known
 * @param fields the columns, in file order; empty when only the link is known
 */
public record DataStructure(@HttpUrl @Nullable String url, List<@Valid StructureField> fields) {

    /**
     * Copies the field list.
     *
     * @param url the absolute http(s) link to the structure; {@code null} when only fields are known
     * @param fields the columns, in file order; empty when only the link is known
     */
    public DataStructure {
        fields = List.copyOf(fields);
    }

    /**
     * A structure known only by its link.
     *
     * @param url the link to the structure description (passport element 14)
     * @return a structure with no fields listed
     */
    public static DataStructure link(String url) {
        return new DataStructure(url, List.of());
    }
}
