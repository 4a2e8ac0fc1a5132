/**
 * Leaf utilities of the JSON codec: a size-limited input stream and the character escapes that keep
 * unpaired surrogates. The codec itself (reader, writer, Jackson module) is package-private in
 * {@link ua.opendata.passport.json}. Not for public use: anything here may change without notice in
 * any release.
 */
@NullMarked
package ua.opendata.passport.internal.json;

import org.jspecify.annotations.NullMarked;
