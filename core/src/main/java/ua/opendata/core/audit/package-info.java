/**
 * The portal audit: {@link ua.opendata.core.audit.PortalAudit} harvests a publisher's datasets on a
 * portal, judges them with the rulebook (timeliness on the files' dates), optionally checks the files
 * behind their resources and compares them with the register ({@link ua.opendata.core.audit.AuditResult}).
 */
@NullMarked
package ua.opendata.core.audit;

import org.jspecify.annotations.NullMarked;
