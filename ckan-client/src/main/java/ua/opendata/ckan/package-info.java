/**
 * A client for the CKAN Action API (CKAN 2.7 to 2.11+), the API of data.gov.ua and of Ukraine's
 * regional open-data portals. Knows nothing of passports: it can be used on its own.
 *
 * <p>{@link ua.opendata.ckan.CkanClient} is a facade: the transport (retries, deadlines, error
 * mapping), pacing, uploads, dataset writes and harvests are package-private collaborators here;
 * the models ({@code ua.opendata.ckan.model}) and the leaf helpers ({@code .internal}) never
 * depend back on this package. Messages come from {@code ua/opendata/ckan/messages.properties}
 * (Ukrainian) and {@code messages_en.properties}.
 */
@NullMarked
package ua.opendata.ckan;

import org.jspecify.annotations.NullMarked;
