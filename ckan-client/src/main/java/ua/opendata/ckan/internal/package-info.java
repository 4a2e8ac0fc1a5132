/**
 * Not for public use: leaf helpers of the CKAN client that know nothing of its API package —
 * streamed readers of {@code package_search} pages, a size-limited and a recording input stream,
 * redaction of the key in texts and in HttpClient's logs. May change without notice.
 */
@NullMarked
package ua.opendata.ckan.internal;

import org.jspecify.annotations.NullMarked;
