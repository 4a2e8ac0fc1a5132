/**
 * Internal machinery of the JSON codec: the streaming reader that tracks JSON paths and collects
 * problems, the writer, and the Jackson module. Not for public use: anything here may change
 * without notice in any release.
 */
@NullMarked
package ua.opendata.passport.internal.json;

import org.jspecify.annotations.NullMarked;
