package io.shopmind.pricing.proposal;

import io.shopmind.pricing.elasticity.ElasticityEstimate;
import io.shopmind.pricing.guardrail.GuardedPrice;
import io.shopmind.pricing.guardrail.Guardrail;
import java.util.List;

/**
 * Why a price is proposed: the elasticity and its interval, the demand model and its optimum, the expected change in
 * volume, revenue and profit per day, the guardrails that moved the price (and the one that bound), where the price
 * stands among competitors, and where the data came from.
 */
public record ProposalReason(ElasticityEstimate elasticity, Model model, Expected expected, Guardrails guardrails,
        CompetitorPosition competitors, Data data) {

    /**
     * The demand model: constant elasticity anchored at today's price and the recent units a day.
     *
     * @param optimalPrice the model's optimum before the guardrails, and how it was found
     */
    public record Model(String kind, double referencePrice, double referenceUnitsPerDay, Double unitCost,
            double optimalPrice, String how) {
    }

    /**
     * Expected units, revenue and profit per day at today's price and at the proposed one; {@code unitsLow} and
     * {@code unitsHigh} are the proposed price's units at the two ends of the elasticity's interval.
     */
    public record Expected(Outcome current, Outcome proposed, Outcome change, double unitsLow, double unitsHigh) {
    }

    public record Outcome(double units, double revenue, double profit) {
    }

    public record Guardrails(Guardrail binding, List<GuardedPrice.Step> steps, String note) {
    }

    /**
     * @param position the proposed price relative to the lowest competitor, e.g. +4.2 % (null without competitors)
     */
    public record CompetitorPosition(int competitors, Double lowest, Double median, String position) {
    }

    /** Where the sales history and the stock on hand came from ({@code live}, {@code stored}, {@code none}). */
    public record Data(String sales, String salesNote, int salesDays, String stock, Long stockOnHand,
            String stockNote) {
    }
}
