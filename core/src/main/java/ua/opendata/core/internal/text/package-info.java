/**
 * Internal text machinery: message patterns and the lookup of bundles by language. A leaf: it uses
 * no other package of the SDK. Not for public use: anything here may change without notice.
 */
@NullMarked
package ua.opendata.core.internal.text;

import org.jspecify.annotations.NullMarked;
