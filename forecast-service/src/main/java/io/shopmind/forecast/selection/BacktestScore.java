package io.shopmind.forecast.selection;

/**
 * A method's rolling-origin backtest on one series, averaged over the origins.
 *
 * @param method  the candidate's name
 * @param mase    mean MASE (NaN when the series' in-sample naive error is zero at every origin)
 * @param smape   mean sMAPE in percent
 * @param mae     mean absolute error, the ranking when MASE is undefined
 * @param origins origins the method was scored on
 * @param failed  whether the method could not fit or forecast at some origin (then it is not ranked)
 */
public record BacktestScore(String method, double mase, double smape, double mae, int origins, boolean failed) {
}
