/**
 * Internal machinery of the report writers. Not for public use: anything here may change without
 * notice.
 */
@NullMarked
package ua.opendata.core.internal.report;

import org.jspecify.annotations.NullMarked;
