/**
 * Sample data bundled with the SDK for examples, tutorials and tests. Fictional: not the data of
 * any real holder.
 */
@NullMarked
package ua.opendata.passport.sample;

import org.jspecify.annotations.NullMarked;
