/**
 * Internal machinery of the rulebook. Not for public use: anything here may change without notice.
 */
@NullMarked
package ua.opendata.core.internal.rules;

import org.jspecify.annotations.NullMarked;
