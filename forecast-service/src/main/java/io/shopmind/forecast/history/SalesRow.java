package io.shopmind.forecast.history;

import java.time.LocalDate;

/**
 * One validated line of a long-format sales file.
 *
 * @param line     the line number, counting from 1 with the header
 * @param uniqueId the series
 * @param ds       the period's date
 * @param y        sales in the period, never negative
 * @param price    the price as written (a plain decimal), or null
 * @param promo    whether a promotion ran, or null
 */
public record SalesRow(long line, String uniqueId, LocalDate ds, double y, String price, Boolean promo) {
}
