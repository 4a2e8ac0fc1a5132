/**
 * The SDK's compliance core: the root of the packages below and their common vocabulary, the
 * Ukrainian/English {@link ua.opendata.core.LocalizedText} every message a person reads is given in.
 * {@link ua.opendata.core.rules} holds the Resolution-835 rulebook, {@link ua.opendata.core.content}
 * the checks of CSV files, {@link ua.opendata.core.probe} the checks of the files behind portal
 * resources, {@link ua.opendata.core.mapping} the passport ↔ portal mapping,
 * {@link ua.opendata.core.publish} the publish workflow, {@link ua.opendata.core.audit} the portal
 * audit and {@link ua.opendata.core.report} the report writers.
 */
@NullMarked
package ua.opendata.core;

import org.jspecify.annotations.NullMarked;
