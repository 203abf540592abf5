package io.shopmind.pricing.guardrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuardrailsTest {

    private static final List<CompetitorPrice> RIVALS = List.of(new CompetitorPrice("a", 18.0, true),
            new CompetitorPrice("b", 22.0, true), new CompetitorPrice("c", 15.0, false),
            new CompetitorPrice("d", 26.0, true));

    @Test
    void aPriceInsideEveryLimitPassesUntouched() {
        GuardedPrice guarded = Guardrails.apply(20.0, input(20).build());

        assertThat(guarded.price()).isEqualTo(20.0);
        assertThat(guarded.binding()).isNull();
        assertThat(guarded.steps()).isEmpty();
    }

    @Test
    void costAndMarginFloor() {
        // cost 10, margin floor 20 %: at least 10 / 0.8 = 12.50
        GuardedPrice guarded = Guardrails.apply(11.0, input(12.5).cost(10.0, 0.2).build());
        assertThat(guarded.price()).isEqualTo(12.5);
        assertThat(guarded.binding()).isEqualTo(Guardrail.COST_AND_MARGIN_FLOOR);

        assertThat(Guardrails.apply(9.0, input(12).cost(10.0, null).build()).price()).isEqualTo(10.0);
    }

    @Test
    void minimumAdvertisedPrice() {
        GuardedPrice guarded = Guardrails.apply(13.0, input(14).map(14.0).build());
        assertThat(guarded.price()).isEqualTo(14.0);
        assertThat(guarded.binding()).isEqualTo(Guardrail.MAP);
    }

    @Test
    void floorAndCeiling() {
        assertThat(Guardrails.apply(9.0, input(12).bounds(12.0, 30.0).build()).price()).isEqualTo(12.0);
        GuardedPrice high = Guardrails.apply(35.0, input(30).bounds(12.0, 30.0).build());
        assertThat(high.price()).isEqualTo(30.0);
        assertThat(high.binding()).isEqualTo(Guardrail.FLOOR_AND_CEILING);
    }

    @Test
    void maximumChangePerDayAndPerWeek() {
        // today 20, at most 10 % a day: 18 to 22
        GuardedPrice day = Guardrails.apply(25.0, input(20).changes(0.10, null, null).build());
        assertThat(day.price()).isCloseTo(22.0, within(1e-9));
        assertThat(day.binding()).isEqualTo(Guardrail.MAX_CHANGE_PER_DAY);
        // last week 18, at most 15 % a week: up to 20.70, tighter than the day's 22
        GuardedPrice week = Guardrails.apply(25.0, input(20).changes(0.10, 0.15, 18.0).build());
        assertThat(week.steps()).extracting(GuardedPrice.Step::guardrail)
                .containsExactly(Guardrail.MAX_CHANGE_PER_DAY, Guardrail.MAX_CHANGE_PER_WEEK);
        assertThat(week.price()).isCloseTo(20.7, within(1e-9));
    }

    @Test
    void competitorRules() {
        // the out-of-stock 15.00 is ignored: lowest 18, median of 18, 22, 26 = 22
        assertThat(Guardrails.apply(25.0, input(20).rule(new CompetitorRule.MatchLowest(true)).build()).price())
                .isEqualTo(18.0);
        assertThat(Guardrails.apply(25.0, input(20).rule(new CompetitorRule.MatchLowest(false)).build()).price())
                .isEqualTo(15.0);
        assertThat(Guardrails.apply(25.0, input(20).rule(new CompetitorRule.BeatLowest(5, true)).build()).price())
                .isCloseTo(17.1, within(1e-9));
        GuardedPrice band = Guardrails.apply(30.0, input(20).rule(new CompetitorRule.WithinBandOfMedian(10, true))
                .build());
        assertThat(band.price()).isCloseTo(24.2, within(1e-9));
        assertThat(band.binding()).isEqualTo(Guardrail.COMPETITOR_RULE);
        // a price already below the lowest competitor is left alone by match-lowest
        assertThat(Guardrails.apply(16.0, input(20).rule(new CompetitorRule.MatchLowest(true)).build()).steps())
                .isEmpty();
    }

    @Test
    void priceEndings() {
        assertThat(Guardrails.apply(20.40, input(20).ending(PriceEnding.ENDING_99).build()).price()).isEqualTo(19.99);
        assertThat(Guardrails.apply(20.80, input(20).ending(PriceEnding.ENDING_99).build()).price()).isEqualTo(20.99);
        assertThat(Guardrails.apply(20.40, input(20).ending(PriceEnding.ENDING_95).build()).price()).isEqualTo(19.95);
        assertThat(Guardrails.apply(20.40, input(20).ending(PriceEnding.WHOLE).build()).price()).isEqualTo(20.0);
        assertThat(Guardrails.apply(20.404, input(20).build()).price()).isEqualTo(20.40);
        // the ending never breaks a hard limit: with a floor of 20.00, 19.99 is out, so 20.99
        GuardedPrice floored = Guardrails.apply(20.10, input(20).bounds(20.0, null).ending(PriceEnding.ENDING_99)
                .build());
        assertThat(floored.price()).isEqualTo(20.99);
        // and when no ending fits between the limits the price is kept to the cent, and said so
        GuardedPrice tight = Guardrails.apply(20.10, input(20).bounds(20.0, 20.5).ending(PriceEnding.ENDING_99)
                .build());
        assertThat(tight.price()).isEqualTo(20.10);
        assertThat(tight.note()).contains("ENDING_99");
    }

    @Test
    void harderLimitsWinOverSofterOnesInTheStatedOrder() {
        // match-lowest says 15 (all rivals counted), the daily limit says at least 18, the floor 19, MAP 19.50,
        // cost with margin 20.00: each later guardrail undoes the earlier, the cost floor binds
        GuardedPrice guarded = Guardrails.apply(25.0, input(20).rule(new CompetitorRule.MatchLowest(false))
                .changes(0.10, null, null).bounds(19.0, 30.0).map(19.5).cost(16.0, 0.2).build());

        assertThat(guarded.steps()).extracting(GuardedPrice.Step::guardrail).containsExactly(
                Guardrail.COMPETITOR_RULE, Guardrail.MAX_CHANGE_PER_DAY, Guardrail.FLOOR_AND_CEILING, Guardrail.MAP,
                Guardrail.COST_AND_MARGIN_FLOOR);
        assertThat(guarded.price()).isEqualTo(20.0);
        assertThat(guarded.binding()).isEqualTo(Guardrail.COST_AND_MARGIN_FLOOR);
    }

    private static Builder input(double current) {
        return new Builder(current);
    }

    private static final class Builder {
        private final double current;
        private Double weekAgo;
        private Double cost;
        private Double margin;
        private Double map;
        private Double floor;
        private Double ceiling;
        private Double day;
        private Double week;
        private CompetitorRule rule;
        private PriceEnding ending = PriceEnding.NONE;

        Builder(double current) {
            this.current = current;
        }

        Builder cost(Double unitCost, Double minMargin) {
            cost = unitCost;
            margin = minMargin;
            return this;
        }

        Builder map(Double value) {
            map = value;
            return this;
        }

        Builder bounds(Double low, Double high) {
            floor = low;
            ceiling = high;
            return this;
        }

        Builder changes(Double perDay, Double perWeek, Double priceWeekAgo) {
            day = perDay;
            week = perWeek;
            weekAgo = priceWeekAgo;
            return this;
        }

        Builder rule(CompetitorRule value) {
            rule = value;
            return this;
        }

        Builder ending(PriceEnding value) {
            ending = value;
            return this;
        }

        GuardrailInput build() {
            return new GuardrailInput(current, weekAgo, cost, margin, map, floor, ceiling, day, week, rule, RIVALS,
                    ending);
        }
    }
}
