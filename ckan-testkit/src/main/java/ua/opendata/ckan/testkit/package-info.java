/**
 * A fake CKAN for tests: {@link ua.opendata.ckan.testkit.FakeCkan} runs an in-process CKAN 2.10
 * Action API on loopback that answers as recorded real exchanges show (envelopes, bare-string
 * errors, validation shapes, the silent row cap, replacing updates, uploads), with fault
 * injection for proxies' HTML pages, 429 with {@code Retry-After}, disconnects and delays.
 * Shipped as the artifact {@code ua-opendata-ckan-testkit} (add it with test scope) so users of
 * the SDK can test their own publishing code against it; it does not depend on the client.
 * Not a CKAN: in memory, single process, a subset of Solr syntax.
 */
@NullMarked
package ua.opendata.ckan.testkit;

import org.jspecify.annotations.NullMarked;
