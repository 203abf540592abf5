package io.shopmind.forecast.api;

import java.util.List;

/** One page of the series listing, ordered by series id. */
public record SeriesPage(List<SeriesSummary> items, int page, int size, long total) {
}
