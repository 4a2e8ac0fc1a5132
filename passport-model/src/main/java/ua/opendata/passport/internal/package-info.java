/**
 * Leaf helpers of the passport model shared by its packages (the EDRPOU check digit). Depends on
 * no package of the model. Not for public use: anything here may change without notice in any
 * release.
 */
@NullMarked
package ua.opendata.passport.internal;

import org.jspecify.annotations.NullMarked;
