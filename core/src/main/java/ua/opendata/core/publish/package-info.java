/**
 * The publish workflow: {@link ua.opendata.core.publish.PortalPublisher} compares a register with what
 * an organization holds on the portal ({@link ua.opendata.core.publish.PublishPlan}, which
 * {@link ua.opendata.core.publish.PlanJson} writes and reads as a plan file) and then applies the plan
 * ({@link ua.opendata.core.publish.PublishResult}).
 */
@NullMarked
package ua.opendata.core.publish;

import org.jspecify.annotations.NullMarked;
