/**
 * Machinery of the passport ↔ portal mapping: dataset names and the mapping rules. Not for public
 * use: anything here may change without notice.
 */
@NullMarked
package ua.opendata.core.internal.mapping;

import org.jspecify.annotations.NullMarked;
