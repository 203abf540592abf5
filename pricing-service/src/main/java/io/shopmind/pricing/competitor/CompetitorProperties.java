package io.shopmind.pricing.competitor;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param staleAfter   an observation older than this no longer counts as the competitor's price
 * @param outlierRatio an observation more than this factor above or below the reference (the median of the other
 *                     competitors' fresh prices, or the SKU's own price when there are fewer than three) is flagged
 */
@ConfigurationProperties("shopmind.pricing.competitors")
public record CompetitorProperties(@DefaultValue("7d") Duration staleAfter, @DefaultValue("2.5") double outlierRatio) {
}
