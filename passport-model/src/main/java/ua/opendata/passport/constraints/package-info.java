/**
 * Jakarta Validation constraints for passport and register fields that the standard constraints
 * do not cover: the EDRPOU check digit and absolute http(s) links. Their messages come from the
 * library's {@code ContributorValidationMessages} bundles (Ukrainian and English), which an
 * application's own {@code ValidationMessages} can override.
 */
@NullMarked
package ua.opendata.passport.constraints;

import org.jspecify.annotations.NullMarked;
