package io.shopmind.pricing.run;

import io.shopmind.pricing.book.PriceBookRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a pricing run should do. Every field is optional.
 *
 * @param skus             the SKUs to price; all in the price book (or in {@code category}) when empty
 * @param historyDays      how many days of sales history the elasticities are fitted on
 * @param maxChangePerDay  the largest relative change from today's price, e.g. 0.10
 * @param maxChangePerWeek the largest relative change from the price a week ago
 * @param sellThroughDays  when given, maximise margin subject to selling the stock on hand within this many days
 */
public record RunRequest(
        @Size(max = MAX_SKUS) List<@NotNull @Pattern(regexp = PriceBookRules.SKU_PATTERN) String> skus,
        @Size(min = 1, max = 64) @Pattern(regexp = "[^\\p{Cntrl}]+") String category,
        @Min(28) @Max(1095) Integer historyDays,
        @DecimalMin("0.001") @DecimalMax("1") Double maxChangePerDay,
        @DecimalMin("0.001") @DecimalMax("1") Double maxChangePerWeek,
        @Valid CompetitorRuleRequest competitorRule,
        @Min(1) @Max(365) Integer sellThroughDays) {

    public static final int MAX_SKUS = 10_000;

    public int historyDaysOrDefault() {
        return historyDays == null ? 365 : historyDays;
    }

    /**
     * A competitor rule: {@code MATCH_LOWEST}, {@code BEAT_LOWEST} by {@code percent}, or {@code WITHIN_BAND} of
     * &plusmn;{@code percent} around the median; out-of-stock competitors ignored unless {@code ignoreOutOfStock}
     * is false.
     */
    public record CompetitorRuleRequest(
            @NotNull @Pattern(regexp = "MATCH_LOWEST|BEAT_LOWEST|WITHIN_BAND",
                    message = "must be MATCH_LOWEST, BEAT_LOWEST or WITHIN_BAND") String kind,
            @DecimalMin("0") @DecimalMax("50") Double percent, Boolean ignoreOutOfStock) {
    }
}
