/**
 * CKAN objects as immutable records, read and write shapes separate. Every key a model does not
 * type (data.gov.ua's {@code purpose_of_collecting_information}, scheming fields, multilingual
 * objects, values of an unexpected type) is kept in {@code other()} and written back, so read →
 * write → read is lossless. Explicit nulls of typed fields are read as null and omitted on write
 * (CKAN treats both alike; omitting keeps a patch from clearing fields).
 */
@NullMarked
package ua.opendata.ckan.model;

import org.jspecify.annotations.NullMarked;
