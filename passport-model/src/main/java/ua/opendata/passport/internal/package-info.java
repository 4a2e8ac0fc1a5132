/**
 * Internal machinery of the passport model. Not for public use: anything here may change without
 * notice in any release.
 */
@NullMarked
package ua.opendata.passport.internal;

import org.jspecify.annotations.NullMarked;
