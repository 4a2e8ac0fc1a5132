/**
 * The catalogue of mandatory datasets from the annex to Resolution No. 835, by publisher type:
 * {@link ua.opendata.passport.annex.AnnexCatalogue#bundled()} holds the transcription bundled with
 * the SDK (version {@code 2024-10}); {@link ua.opendata.passport.annex.AnnexCatalogue#read} reads a
 * newer transcription a user supplies in the same four-column CSV layout
 * ({@code section_code,section_uk,position,dataset_name_uk}). Datasets are referred to as
 * {@code section:position} (e.g. {@code all-holders:6}) or by name, tolerating the typographic
 * variants of apostrophes, quotes and whitespace found in real registers.
 */
@NullMarked
package ua.opendata.passport.annex;

import org.jspecify.annotations.NullMarked;
