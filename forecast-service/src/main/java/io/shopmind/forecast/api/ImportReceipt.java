package io.shopmind.forecast.api;

/**
 * What a sales import did.
 *
 * @param rows    data lines read
 * @param series  distinct series in the file
 * @param changed observations inserted or changed (0 when the same file is imported again)
 * @param filled  missing periods stored as zero sales
 * @param millis  how long the import took
 */
public record ImportReceipt(long rows, long series, long changed, long filled, long millis) {
}
