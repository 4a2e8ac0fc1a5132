/**
 * Not for public use: transport, envelope parsing, error mapping and JSON helpers of the CKAN
 * client. May change without notice.
 */
@NullMarked
package ua.opendata.ckan.internal;

import org.jspecify.annotations.NullMarked;
