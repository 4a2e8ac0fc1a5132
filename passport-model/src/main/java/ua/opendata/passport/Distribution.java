package ua.opendata.passport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.constraints.HttpUrl;

/**
 * One downloadable form of a dataset: a file or an API endpoint (passport elements 6, 7 and 13).
 *
 * @param title       a short title, e.g. «Дані за 2024 рік»; {@code null} when none
 * @param url         the absolute http(s) link to the file or API; {@code null} when absent
 * @param format      the format as declared; {@code null} when absent
 * @param compression the compression format when the file is an archive (element 7); {@code null} otherwise
 * @param mediaType   the media type, e.g. {@code text/csv}; {@code null} when unknown
 * @param sizeBytes   the size in bytes; {@code null} when unknown
 */
public record Distribution(
        @Nullable String title,
        @NotBlank(message = "{ua.opendata.passport.Distribution.url.required}") @HttpUrl @Nullable String url,
        @NotNull(message = "{ua.opendata.passport.Distribution.format.required}") @Nullable DataFormat format,
        @Nullable DataFormat compression,
        @Nullable String mediaType,
        @PositiveOrZero(message = "{ua.opendata.passport.Distribution.sizeBytes.positiveOrZero}") @Nullable Long sizeBytes) {

    /**
     * A distribution known by its link and format only.
     *
     * @param url the link to download the file or call the endpoint
     * @param format the format of the file or endpoint
     * @return a distribution with no title, media type or size
     */
    public static Distribution of(String url, DataFormat format) {
        return new Distribution(null, url, format, null, null, null);
    }
}
