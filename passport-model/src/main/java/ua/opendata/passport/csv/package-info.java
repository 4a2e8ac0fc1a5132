/**
 * The register of datasets as CSV, the way publishers keep it in Excel: {@link
 * ua.opendata.passport.csv.RegisterCsvReader} reads UTF-8 (with or without BOM) and Windows-1251
 * files with {@code ,}, {@code ;} or tab delimiters, RFC 4180 quoting, English or Ukrainian
 * headers in any order, and reports every problem of a bad file at once with its row and column
 * ({@link ua.opendata.passport.csv.RegisterFormatException}); {@link
 * ua.opendata.passport.csv.RegisterCsvWriter} writes a register back so that reading it again gives
 * an equal register. Messages come in Ukrainian and English from the {@code CsvMessages} bundles.
 */
@NullMarked
package ua.opendata.passport.csv;

import org.jspecify.annotations.NullMarked;
