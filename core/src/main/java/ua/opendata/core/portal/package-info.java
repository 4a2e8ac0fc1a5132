/**
 * The passport ↔ portal mapping and the publish workflow: {@link ua.opendata.core.portal.PortalProfile}
 * maps a passport to a CKAN dataset and back (data.gov.ua and stock-CKAN profiles), and
 * {@link ua.opendata.core.portal.PortalPublisher} compares a register with what an organization holds
 * on the portal ({@link ua.opendata.core.portal.PublishPlan}) and then applies the plan;
 * {@link ua.opendata.core.portal.ResourceProbe} checks the files behind a portal's resources
 * (reachability, redirects, declared versus real format, encoding, CSV content against the
 * structure), politely and never reaching private addresses unless allowed;
 * {@link ua.opendata.core.portal.PortalAudit} audits a publisher on a portal: harvests its datasets,
 * judges them with the rulebook (timeliness on the files' dates), compares them with the register.
 */
@NullMarked
package ua.opendata.core.portal;

import org.jspecify.annotations.NullMarked;
