/**
 * Checks of the files behind portal resources: {@link ua.opendata.core.probe.ResourceProbe} checks
 * reachability, redirects, declared versus real format, encoding and CSV content against the
 * structure, politely and never reaching private addresses unless allowed, and returns a
 * {@link ua.opendata.core.probe.ResourceCheck}.
 */
@NullMarked
package ua.opendata.core.probe;

import org.jspecify.annotations.NullMarked;
