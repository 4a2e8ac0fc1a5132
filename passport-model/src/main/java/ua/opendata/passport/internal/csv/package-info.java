/**
 * Machinery of the register CSV codec: the byte-level tokenizer with encoding detection, the
 * column catalogue with header aliases, date parsing and message formatting. Not for public use:
 * anything here may change without notice in any release.
 */
@NullMarked
package ua.opendata.passport.internal.csv;

import org.jspecify.annotations.NullMarked;
