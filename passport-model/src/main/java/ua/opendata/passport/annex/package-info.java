/**
 * The mandatory datasets of the annex to Resolution No. 835, every holder's section, versioned:
 * {@link ua.opendata.passport.annex.AnnexCatalogue#bundledVersions()} holds the transcriptions bundled
 * with the SDK ({@code 2024-10}; {@code 2025-07}, after Resolution 714/2025, with the three generic
 * sections carried over), {@link ua.opendata.passport.annex.AnnexCatalogue#bundled()} the newest;
 * {@link ua.opendata.passport.annex.AnnexCatalogue#read} reads a transcription a user supplies in the
 * four-column CSV layout ({@code section_code,section_uk,position,dataset_name_uk}). Datasets are
 * referred to as {@code section:position} (e.g. {@code all-holders:6}) or by name.
 * {@link ua.opendata.passport.annex.AnnexHolders} pairs holders with their data.gov.ua organizations;
 * {@link ua.opendata.passport.annex.AnnexMatcher} decides which positions a register's entries (or a
 * portal's datasets) fulfil, by annex column, reviewer's {@link ua.opendata.passport.annex.AnnexMapping}
 * or title.
 */
@NullMarked
package ua.opendata.passport.annex;

import org.jspecify.annotations.NullMarked;
