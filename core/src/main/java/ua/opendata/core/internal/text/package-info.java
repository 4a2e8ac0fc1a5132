/**
 * Internal text machinery: message patterns and the Ukrainian/English bundles. Not for public use:
 * anything here may change without notice.
 */
@NullMarked
package ua.opendata.core.internal.text;

import org.jspecify.annotations.NullMarked;
