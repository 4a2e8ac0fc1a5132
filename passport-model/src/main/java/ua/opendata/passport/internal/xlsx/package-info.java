/**
 * Machinery of the register XLSX codec: the workbook package opened with limits (entry count,
 * uncompressed size), hardened StAX parsing (no DTD, no external entities), shared strings, date
 * styles, the streaming worksheet rows with merged cells, and the workbook writer. Not for public
 * use: anything here may change without notice in any release.
 */
@NullMarked
package ua.opendata.passport.internal.xlsx;

import org.jspecify.annotations.NullMarked;
