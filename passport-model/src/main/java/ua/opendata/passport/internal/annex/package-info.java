/**
 * Internal machinery of the annex catalogue: a small RFC 4180 CSV reader, the title words, scorer and index. Not for public use:
 * anything here may change without notice in any release.
 */
@NullMarked
package ua.opendata.passport.internal.annex;

import org.jspecify.annotations.NullMarked;
