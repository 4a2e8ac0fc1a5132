/**
 * Checks of published files' content: encoding, CSV shape, and every cell against the dataset's
 * structure (required cells, ISO dates, numbers, EDRPOU codes, links), after the Ministry's
 * standards. Works alone on local files or streams, streaming, in bounded memory, whatever the
 * file size.
 */
@NullMarked
package ua.opendata.core.content;

import org.jspecify.annotations.NullMarked;
