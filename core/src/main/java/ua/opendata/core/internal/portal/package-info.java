/**
 * Machinery of the portal mapping and the publish workflow: names, checksums, the mapping rules and
 * the plan and apply engines. Not for public use: anything here may change without notice.
 */
@NullMarked
package ua.opendata.core.internal.portal;

import org.jspecify.annotations.NullMarked;
