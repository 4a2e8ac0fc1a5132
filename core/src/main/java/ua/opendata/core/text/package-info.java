/**
 * Rendering the SDK's messages in a language: {@link ua.opendata.core.text.Messages} names the
 * bundles every text a person reads comes from, so that an application can add a language by
 * putting its own properties files on the class path, and renders a
 * {@link ua.opendata.core.LocalizedText} in any {@link java.util.Locale}.
 */
@NullMarked
package ua.opendata.core.text;

import org.jspecify.annotations.NullMarked;
