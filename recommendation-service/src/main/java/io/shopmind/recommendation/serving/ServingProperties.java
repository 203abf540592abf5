package io.shopmind.recommendation.serving;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Serving settings and the shop's standing merchandising rules; a request's own rules add to these.
 *
 * @param trendingHalfLife  how fast an interaction's weight in "trending" halves
 * @param trendingRefresh   how often trending is recomputed from the interactions
 * @param boostCategories   categories always lifted
 * @param buryCategories    categories always pushed down
 * @param boostBrands       brands always lifted
 * @param buryBrands        brands always pushed down
 * @param pinned            skus always shown first
 * @param maxPerCategory    most items of one category per list; 0 for no cap
 * @param boostFactor       multiplier of a boosted item's rescaled score
 * @param buryFactor        multiplier of a buried item's rescaled score
 * @param historyCacheTtl   how long a shopper's history read for a list is reused; changes stored on this replica
 *                          drop it at once, so this bounds how late another replica's events count (0: no cache)
 */
@ConfigurationProperties("shopmind.recommendation.serving")
public record ServingProperties(Duration trendingHalfLife, Duration trendingRefresh, Set<String> boostCategories,
        Set<String> buryCategories, Set<String> boostBrands, Set<String> buryBrands, List<String> pinned,
        Integer maxPerCategory, Double boostFactor, Double buryFactor, Duration historyCacheTtl) {

    public ServingProperties {
        trendingHalfLife = trendingHalfLife == null ? Duration.ofDays(7) : trendingHalfLife;
        trendingRefresh = trendingRefresh == null ? Duration.ofSeconds(30) : trendingRefresh;
        boostCategories = boostCategories == null ? Set.of() : Set.copyOf(boostCategories);
        buryCategories = buryCategories == null ? Set.of() : Set.copyOf(buryCategories);
        boostBrands = boostBrands == null ? Set.of() : Set.copyOf(boostBrands);
        buryBrands = buryBrands == null ? Set.of() : Set.copyOf(buryBrands);
        pinned = pinned == null ? List.of() : List.copyOf(pinned);
        maxPerCategory = maxPerCategory == null ? 0 : maxPerCategory;
        boostFactor = boostFactor == null ? 2.0 : boostFactor;
        buryFactor = buryFactor == null ? 0.5 : buryFactor;
        historyCacheTtl = historyCacheTtl == null ? Duration.ofSeconds(5) : historyCacheTtl;
    }
}
