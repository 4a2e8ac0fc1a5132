/**
 * HTML output helpers of the report writers (escaping, inline SVG). Not for public use: anything here
 * may change without notice.
 */
@NullMarked
package ua.opendata.core.internal.html;

import org.jspecify.annotations.NullMarked;
