/**
 * Machinery of the portal audit: harvesting, the register of what the portal shows, timeliness on the
 * resources' dates, and the comparison with a register. Not for public use: anything here may change
 * without notice.
 */
@NullMarked
package ua.opendata.core.internal.audit;

import org.jspecify.annotations.NullMarked;
