package ua.opendata.passport.annex;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The name of an annex section in a language: Ukrainian from the annex itself, English from the
 * resource {@code AnnexSectionNames.properties} keyed by section code. A section the resource does
 * not name keeps its Ukrainian name.
 */
public final class AnnexSectionNames {
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(
            "ua.opendata.passport.annex.AnnexSectionNames", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private AnnexSectionNames() {
    }

    /**
     * The name of the section {@code code} in {@code locale}.
     *
     * @param code   the section code, e.g. {@code all-holders}
     * @param nameUk the section's Ukrainian name, as in the annex
     * @param locale Ukrainian for language {@code uk}, English otherwise
     * @return the name in that language, or {@code nameUk} when there is no English name
     */
    public static String name(String code, String nameUk, Locale locale) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameUk, "nameUk");
        if ("uk".equals(locale.getLanguage())) {
            return nameUk;
        }
        try {
            return ENGLISH.getString(code);
        } catch (MissingResourceException e) {
            return nameUk;
        }
    }

    /**
     * The name of {@code section} in {@code locale}.
     *
     * @param section the section
     * @param locale  Ukrainian for language {@code uk}, English otherwise
     * @return the name in that language
     */
    public static String name(AnnexSection section, Locale locale) {
        return name(section.code(), section.nameUk(), locale);
    }
}
