/**
 * Low-level reading and writing that the register codecs share with the other modules of
 * ua-opendata (the content checks and reports of {@code core}) and with applications: writing a file
 * atomically ({@link ua.opendata.passport.io.AtomicFiles}); splitting a CSV byte stream into cells in
 * bounded memory with its encoding and delimiter detected ({@link ua.opendata.passport.io.CsvTokenizer},
 * {@link ua.opendata.passport.io.CsvStart}); byte-level UTF-8 validation
 * ({@link ua.opendata.passport.io.Utf8}); the date forms found in registers
 * ({@link ua.opendata.passport.io.Dates}). Depends on nothing else of the passport model but
 * {@link ua.opendata.passport.PassportException}.
 */
@NullMarked
package ua.opendata.passport.io;

import org.jspecify.annotations.NullMarked;
