/**
 * The JSON codec for passports and registers: {@link ua.opendata.passport.json.PassportJson} reads
 * and writes documents, {@link ua.opendata.passport.json.PassportJson#jacksonModule()} plugs the
 * same layout into an application's own Jackson {@code ObjectMapper}. The model records carry no
 * Jackson annotations.
 *
 * <h2>Layout (schema version 1)</h2>
 * Property names are the record component names. A {@code null} component is left out on write; a
 * list is always written ({@code []} when empty) and so is a map ({@code {}}); on read a missing
 * property and JSON {@code null} both mean absent (an empty list or map for collections). Property
 * order on write is the component order below; on read any order is accepted, but unknown and
 * repeated properties are errors.
 *
 * <table class="striped">
 * <caption>Passport document</caption>
 * <thead><tr><th>Property</th><th>JSON type</th><th>Value</th></tr></thead>
 * <tbody>
 * <tr><td>{@code schemaVersion}</td><td>integer</td><td>{@code 1}; written first; missing means 1, higher is refused</td></tr>
 * <tr><td>{@code identifier}, {@code title}, {@code description}, {@code purpose}, {@code language}</td><td>string</td><td>elements 1–5</td></tr>
 * <tr><td>{@code formats}</td><td>array of string</td><td>element 6, each the format's raw text ({@code DataFormat.raw()}), read through {@code DataFormat.parse}</td></tr>
 * <tr><td>{@code compression}</td><td>string</td><td>element 7, raw format text</td></tr>
 * <tr><td>{@code firstPublished}, {@code lastModified}</td><td>string</td><td>elements 8–9, ISO-8601 date-time with its offset kept exactly, e.g. {@code 2024-03-01T09:30:00+02:00}; fractions of a second only when non-zero</td></tr>
 * <tr><td>{@code dataAsOf}</td><td>string</td><td>element 10, {@code yyyy-MM-dd}</td></tr>
 * <tr><td>{@code updateFrequency}</td><td>string</td><td>element 11, the raw text ({@code UpdateFrequency.raw()}), read through {@code UpdateFrequency.parse}, so dirty values survive</td></tr>
 * <tr><td>{@code keywords}</td><td>array of string</td><td>element 12</td></tr>
 * <tr><td>{@code datasetUrl}</td><td>string</td><td>element 13</td></tr>
 * <tr><td>{@code structure}</td><td>object</td><td>element 14: {@code url} (string), {@code fields} (array of objects: {@code name}, {@code title}, {@code description}, {@code datatype} strings, {@code required} boolean, always written)</td></tr>
 * <tr><td>{@code publisher}</td><td>object</td><td>element 15: {@code name}, {@code edrpou} (strings)</td></tr>
 * <tr><td>{@code responsiblePerson}</td><td>object</td><td>elements 16–17: {@code fullName}, {@code email}, {@code position} (strings), {@code order} (object: {@code number} string, {@code date} {@code yyyy-MM-dd}, {@code url} string)</td></tr>
 * <tr><td>{@code distributions}</td><td>array of object</td><td>{@code title}, {@code url}, {@code format}, {@code compression} (raw format text), {@code mediaType} (strings), {@code sizeBytes} (integer)</td></tr>
 * <tr><td>{@code landingPage}, {@code previousVersionsUrl}</td><td>string</td><td>links</td></tr>
 * <tr><td>{@code extras}</td><td>object of string</td><td>further elements, in insertion order</td></tr>
 * </tbody>
 * </table>
 *
 * <table class="striped">
 * <caption>Register document</caption>
 * <thead><tr><th>Property</th><th>JSON type</th><th>Value</th></tr></thead>
 * <tbody>
 * <tr><td>{@code schemaVersion}</td><td>integer</td><td>as for passports</td></tr>
 * <tr><td>{@code entries}</td><td>array of object</td><td>the entries in file order (below)</td></tr>
 * <tr><td>{@code extraColumns}</td><td>array of string</td><td>headers of further columns; every entry's {@code extraColumns} key must be one of them</td></tr>
 * </tbody>
 * </table>
 *
 * <p>An entry: {@code identifier}, {@code title}, {@code description} (strings);
 * {@code accrualPeriodicity} (raw frequency text); {@code keywords} (array of string);
 * {@code purpose}, {@code landingPage} (strings); {@code distributionFormats} (array of raw format
 * text); {@code publisher} (object as in the passport, always written); {@code contactPoint}
 * (object as the passport's {@code responsiblePerson}, always written); {@code status} (the
 * {@code EntryStatus.code()}: {@code planned}, {@code published}, {@code restricted},
 * {@code withdrawn}); {@code annexDataset} (string); {@code restriction} (object:
 * {@code legalBasis} string, {@code since} {@code yyyy-MM-dd}); {@code responsiblePerson}
 * (string); {@code nextUpdateDue} ({@code yyyy-MM-dd}); {@code extraColumns} (object of string).
 *
 * <h2>Round trips</h2>
 * Reading what was written gives an equal value, for every passport and register whose
 * {@code DataFormat} and {@code UpdateFrequency} values are what {@code parse(raw)} or
 * {@code of(...)} give (a hand-built value pairing a raw text with a different constant is
 * re-derived from its raw text). UTF-16 surrogates are written as {@code \}{@code u} escapes, so
 * even text with an unpaired surrogate survives; every other character is written as UTF-8.
 *
 * <h2>Safety</h2>
 * Input is limited in size (16 MiB by default), nesting depth, string, name and number length; no
 * type information is read from documents, so no class is ever chosen by the input.
 */
@NullMarked
package ua.opendata.passport.json;

import org.jspecify.annotations.NullMarked;
