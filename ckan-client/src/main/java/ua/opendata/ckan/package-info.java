/**
 * A client for the CKAN Action API (CKAN 2.7 to 2.11+), the API of data.gov.ua and of Ukraine's
 * regional open-data portals. Knows nothing of passports: it can be used on its own.
 */
@NullMarked
package ua.opendata.ckan;

import org.jspecify.annotations.NullMarked;
