/**
 * The register reading engine shared by the CSV and XLSX readers: header mapping with the column
 * catalogue and its aliases, cell conversion, and the problems and notices found (without the file
 * name, which the API that calls it adds). Uses the model and {@link ua.opendata.passport.io}; never
 * the API packages that use it. Not for public use: anything here may change without notice in any
 * release.
 */
@NullMarked
package ua.opendata.passport.internal.csv;

import org.jspecify.annotations.NullMarked;
