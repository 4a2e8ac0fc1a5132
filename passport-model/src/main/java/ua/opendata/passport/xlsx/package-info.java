/**
 * The register of datasets as an Excel workbook (.xlsx), the way clerks keep it: {@link
 * ua.opendata.passport.xlsx.RegisterXlsxReader} streams the first or a named sheet with the same
 * headers, aliases and checks as the CSV reader, reads cells as Excel stores them (dates, numbers,
 * shared strings, formulas' cached values, merged cells), and reports every problem at once with its
 * cell ({@code file:Sheet!B5}) in the same {@link ua.opendata.passport.csv.RegisterFormatException};
 * {@link ua.opendata.passport.xlsx.RegisterXlsxWriter} writes a register back so that reading it
 * again gives an equal register. Messages come in Ukrainian and English from the {@code
 * CsvMessages} bundles. No third-party library: the JDK's ZIP and StAX, with limits.
 */
@NullMarked
package ua.opendata.passport.xlsx;

import org.jspecify.annotations.NullMarked;
