/**
 * Writers of the compliance report: JSON with a stable, versioned schema ({@link
 * ua.opendata.core.report.ReportJson}), CSV with one row per finding ({@link
 * ua.opendata.core.report.ReportCsv}), and one self-contained HTML file ({@link
 * ua.opendata.core.report.HtmlReport}); and the comparison of a report with a previous one
 * ({@link ua.opendata.core.report.ReportComparison}); the HTML view of a portal audit
 * ({@link ua.opendata.core.report.AuditHtml}).
 */
@NullMarked
package ua.opendata.core.report;

import org.jspecify.annotations.NullMarked;
