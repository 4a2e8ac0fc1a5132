package ua.opendata.ckan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a portal offers, from {@code status_show}: discover features this way (and by handling
 * "unknown action" answers) rather than by version numbers alone.
 *
 * @param ckanVersion the version, e.g. {@code 2.10.10}, or null when not reported
 * @param extensions the enabled plugins
 */
public record CkanCapabilities(@Nullable String ckanVersion, List<String> extensions) {

    /**
     * Copies the list.
     *
     * @param ckanVersion the version, e.g. {@code 2.10.10}, or null when not reported
     * @param extensions the enabled plugins
     */
    public CkanCapabilities {
        extensions = List.copyOf(extensions);
    }

    /**
     * Whether the version is at least {@code major.minor}; false when the version is unknown.
     *
     * @param major the major version
     * @param minor the minor version
     * @return true when the server is that version or newer
     */
    public boolean atLeast(int major, int minor) {
        if (ckanVersion == null) {
            return false;
        }
        String[] p = ckanVersion.split("[.\\-a-z]");
        try {
            int ma = Integer.parseInt(p[0]);
            int mi = p.length > 1 ? Integer.parseInt(p[1]) : 0;
            return ma > major || (ma == major && mi >= minor);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Whether {@code package_revise} exists (CKAN 2.9+).
     *
     * @return true when supported
     */
    public boolean supportsPackageRevise() {
        return atLeast(2, 9);
    }

    /**
     * Whether a plugin is enabled (e.g. {@code scheming_datasets}, {@code datastore}).
     *
     * @param plugin the plugin name
     * @return true when listed
     */
    public boolean hasExtension(String plugin) {
        return extensions.contains(plugin);
    }
}
