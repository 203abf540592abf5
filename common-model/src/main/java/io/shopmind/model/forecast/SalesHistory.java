package io.shopmind.model.forecast;

import java.util.List;

/** A series' sales history, as forecast-service serves it (pricing-service reads it for elasticities). */
public record SalesHistory(String seriesId, String frequency, List<SalesPoint> points) {
}
