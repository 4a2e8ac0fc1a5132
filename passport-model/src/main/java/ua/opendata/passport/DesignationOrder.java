package ua.opendata.passport;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.constraints.HttpUrl;

/**
 * The order (наказ / розпорядження) that designates a person responsible for open data
 * (Regulation item 24). Published on the portal and the holder's official website.
 *
 * @param number the order's number, e.g. {@code 123-од}; {@code null} when unknown
 * @param date   the order's date; {@code null} when unknown
 * @param url    where the order is published; {@code null} when unknown
 */
public record DesignationOrder(@Nullable String number, @Nullable LocalDate date, @HttpUrl @Nullable String url) {
}
