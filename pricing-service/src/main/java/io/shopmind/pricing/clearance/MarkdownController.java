package io.shopmind.pricing.clearance;

import io.shopmind.model.forecast.SalesHistory;
import io.shopmind.model.problem.FieldError;
import io.shopmind.pricing.book.PriceBook;
import io.shopmind.pricing.book.PriceBookEntry;
import io.shopmind.pricing.elasticity.ElasticityEstimate;
import io.shopmind.pricing.markdown.MarkdownOptimizer;
import io.shopmind.pricing.markdown.MarkdownPlan;
import io.shopmind.pricing.markdown.MarkdownProblem;
import io.shopmind.pricing.optimum.ConstantElasticityDemand;
import io.shopmind.pricing.run.PricingRunStore;
import io.shopmind.pricing.upstream.Fetched;
import io.shopmind.pricing.upstream.SalesHistories;
import io.shopmind.pricing.upstream.StockOnHand;
import io.shopmind.servicesupport.problem.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/pricing/markdowns}: the revenue-maximising markdown path for a SKU's stock over the weeks
 * left, from its latest elasticity and its last four weeks' sales, with prices only going down the ladder.
 */
@RestController
public class MarkdownController {

    private final PriceBook book;
    private final PricingRunStore estimates;
    private final SalesHistories sales;
    private final StockOnHand stock;

    public MarkdownController(PriceBook book, PricingRunStore estimates, SalesHistories sales, StockOnHand stock) {
        this.book = book;
        this.estimates = estimates;
        this.sales = sales;
        this.stock = stock;
    }

    @Operation(summary = "A markdown plan: this week's price, the expected price and sales week by week, revenue "
            + "plus salvage, from the SKU's elasticity (a pricing run must have fitted one) and stock")
    @PostMapping("/api/v1/pricing/markdowns")
    public MarkdownAnswer plan(@Valid @RequestBody MarkdownRequest request) {
        PriceBookEntry entry = book.get(request.sku());
        ElasticityEstimate estimate = estimates.estimate(request.sku()).filter(e -> e.elasticity() != null)
                .orElseThrow(() -> new InvalidInputException("No elasticity for the SKU yet.", List.of(new FieldError(
                        "sku", "run a pricing run first; it fits the elasticity the plan needs"))));
        List<Double> discounts = request.discounts();
        for (int k = 1; k < discounts.size(); k++) {
            if (!(discounts.get(k) > discounts.get(k - 1))) {
                throw new InvalidInputException("The ladder must go down.", List.of(new FieldError(
                        "discounts[" + k + "]", "must be larger than the one before")));
            }
        }
        Fetched<SalesHistory> history = sales.of(List.of(request.sku()),
                LocalDate.now(ZoneOffset.UTC).minusDays(28)).get(request.sku());
        double unitsPerDay = history.value() == null ? 0 : history.value().points().stream()
                .mapToDouble(p -> p.y()).average().orElse(0);
        String stockSource = "request";
        int units;
        if (request.stock() != null) {
            units = request.stock();
        } else {
            Fetched<StockOnHand.Stock> onHand = stock.of(List.of(request.sku())).get(request.sku());
            if (onHand.value() == null) {
                throw new InvalidInputException("No stock to plan for.", List.of(new FieldError("stock",
                        "give the units to clear: " + onHand.note())));
            }
            units = (int) Math.min(MarkdownRequest.MAX_STOCK, onHand.value().available());
            stockSource = onHand.source().label();
        }
        double p0 = entry.price().doubleValue();
        ConstantElasticityDemand demand = new ConstantElasticityDemand(p0, unitsPerDay * 7, estimate.elasticity());
        double[] ladder = new double[discounts.size()];
        double[] weekly = new double[discounts.size()];
        for (int k = 0; k < ladder.length; k++) {
            ladder[k] = Math.round(p0 * (1 - discounts.get(k) / 100) * 100) / 100.0;
            weekly[k] = demand.quantity(ladder[k]);
        }
        double salvage = request.salvagePerUnit() == null ? 0 : request.salvagePerUnit().doubleValue();
        MarkdownPlan plan = MarkdownOptimizer.solve(new MarkdownProblem(ladder,
                MarkdownProblem.poissonDemand(weekly, units), request.weeks(), units, salvage, 0));
        MarkdownPlan.Course course = plan.expectedCourse();
        List<MarkdownAnswer.Week> weeks = new ArrayList<>();
        for (int w = 0; w < request.weeks(); w++) {
            weeks.add(new MarkdownAnswer.Week(w + 1, course.expectedPrice()[w], course.expectedSold()[w]));
        }
        return new MarkdownAnswer(request.sku(), entry.currency(), units, stockSource, estimate.elasticity(),
                unitsPerDay * 7, history.source().label(), plan.priceNow(), plan.expectedRevenue(),
                course.expectedLeft(), weeks);
    }

    /**
     * A markdown plan.
     *
     * @param weeklyUnitsAtFullPrice the demand model's anchor: the last four weeks' units a week at today's price
     * @param expectedRevenue        sales plus salvage, expected under the plan
     */
    public record MarkdownAnswer(String sku, String currency, int stock, String stockSource, double elasticity,
            double weeklyUnitsAtFullPrice, String salesSource, double priceNow, double expectedRevenue,
            double expectedUnitsLeft, List<Week> weeks) {

        /** A week's expected price and units sold under the plan. */
        public record Week(int week, double expectedPrice, double expectedUnits) {
        }
    }
}
