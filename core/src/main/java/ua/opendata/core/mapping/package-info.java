/**
 * The passport ↔ portal mapping: {@link ua.opendata.core.mapping.PortalProfile} maps a passport to a
 * CKAN dataset and back (data.gov.ua and stock-CKAN profiles), {@link ua.opendata.core.mapping.PublishTarget}
 * says where a passport goes, {@link ua.opendata.core.mapping.PortalPassport} is a passport read back
 * with {@link ua.opendata.core.mapping.MappingNote notes} on what did not map.
 */
@NullMarked
package ua.opendata.core.mapping;

import org.jspecify.annotations.NullMarked;
