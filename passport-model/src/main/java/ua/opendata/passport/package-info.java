/**
 * Typed, immutable models of what Cabinet of Ministers Resolution No. 835 (21.10.2015) asks a
 * publisher to keep: the dataset passport ({@link ua.opendata.passport.Passport}) with its
 * seventeen elements, the register of datasets ({@link ua.opendata.passport.Register}) in the
 * Ministry of Digital Transformation's twelve-column layout plus the internal columns a
 * municipality needs, and the open value types that survive dirty real data
 * ({@link ua.opendata.passport.UpdateFrequency}, {@link ua.opendata.passport.DataFormat}).
 *
 * <p>Records check structure only (non-null lists, copies of collections): an invalid passport can
 * still be read, written and reported on. Business rules are expressed as Jakarta Validation
 * constraints on the components and evaluated by a validator (see the {@code core} module).
 * Components are non-null unless documented as nullable.
 */
@NullMarked
package ua.opendata.passport;

import org.jspecify.annotations.NullMarked;
