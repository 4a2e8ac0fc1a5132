/**
 * Not for public use: the machinery of {@link ua.opendata.core.portal.ResourceProbe} — the address
 * policy and its pinned DNS resolver, the format sniffer, per-host politeness gates and the counted,
 * bounded body stream. May change without notice.
 */
@NullMarked
package ua.opendata.core.internal.probe;

import org.jspecify.annotations.NullMarked;
