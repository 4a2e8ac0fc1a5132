/**
 * Internal machinery of the content checks. Not for public use: anything here may change without
 * notice.
 */
@NullMarked
package ua.opendata.core.internal.content;

import org.jspecify.annotations.NullMarked;
