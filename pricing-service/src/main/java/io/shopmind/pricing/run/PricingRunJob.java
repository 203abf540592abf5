package io.shopmind.pricing.run;

import io.shopmind.model.forecast.SalesHistory;
import io.shopmind.model.forecast.SalesPoint;
import io.shopmind.pricing.book.PriceBookEntry;
import io.shopmind.pricing.book.PriceBookStore;
import io.shopmind.pricing.competitor.CompetitorPrices;
import io.shopmind.pricing.competitor.Observation;
import io.shopmind.pricing.elasticity.ElasticityEstimate;
import io.shopmind.pricing.elasticity.ElasticityEstimator;
import io.shopmind.pricing.elasticity.ElasticitySource;
import io.shopmind.pricing.elasticity.SkuSales;
import io.shopmind.pricing.guardrail.CompetitorPrice;
import io.shopmind.pricing.guardrail.CompetitorRule;
import io.shopmind.pricing.guardrail.GuardedPrice;
import io.shopmind.pricing.guardrail.GuardrailInput;
import io.shopmind.pricing.guardrail.Guardrails;
import io.shopmind.pricing.optimum.ConstantElasticityDemand;
import io.shopmind.pricing.optimum.PriceOptimizer;
import io.shopmind.pricing.proposal.ProposalReason;
import io.shopmind.pricing.proposal.ProposalStore;
import io.shopmind.pricing.upstream.Fetched;
import io.shopmind.pricing.upstream.SalesHistories;
import io.shopmind.pricing.upstream.StockOnHand;
import io.shopmind.servicesupport.job.JobHandler;
import io.shopmind.servicesupport.job.JobProgress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pricing run, as a job: reads the SKUs' sales (forecast-service) and stock (inventory-service), fits the
 * elasticities, and for each SKU with one finds the profit-maximising price under constant-elasticity demand
 * anchored at today's price and the last four weeks' units a day (or, with {@code sellThroughDays}, the best margin
 * that sells the stock on hand in time), passes it through the guardrails and proposes it with its reasons. A SKU
 * without an estimate, without a unit cost, or already at its best price gets no proposal, and the run says why.
 */
@Component
public class PricingRunJob implements JobHandler<PricingRunJob.Parameters> {

    static final String KIND = "pricing-run";
    private static final int RECENT_DAYS = 28;

    private final PricingRunStore runs;
    private final PriceBookStore book;
    private final SalesHistories sales;
    private final StockOnHand stock;
    private final CompetitorPrices competitors;
    private final ProposalStore proposals;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ElasticityEstimator estimator = new ElasticityEstimator(ElasticityEstimator.Settings.defaults());

    public PricingRunJob(PricingRunStore runs, PriceBookStore book, SalesHistories sales, StockOnHand stock,
            CompetitorPrices competitors, ProposalStore proposals, TransactionTemplate transactions, Clock clock) {
        this.runs = runs;
        this.book = book;
        this.sales = sales;
        this.stock = stock;
        this.competitors = competitors;
        this.proposals = proposals;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What the job runs: the pricing run recorded as {@code runId}, as it was asked. */
    public record Parameters(UUID runId, RunRequest request) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Parameters> parametersType() {
        return Parameters.class;
    }

    /** Runs the pricing run; returns the path of its result. */
    @Override
    public String run(Parameters parameters, JobProgress progress) {
        UUID runId = parameters.runId();
        RunRequest request = parameters.request();
        try {
            runs.running(runId);
            List<PriceBookEntry> entries = entries(request);
            List<String> skus = entries.stream().map(PriceBookEntry::sku).toList();
            int total = skus.size() * 2 + 2;
            progress.report(0, total, "reading sales and stock of " + skus.size() + " SKUs");
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            Map<String, Fetched<SalesHistory>> histories = sales.of(skus, today.minusDays(request.historyDaysOrDefault()));
            Map<String, Fetched<StockOnHand.Stock>> stocks = stock.of(skus);
            progress.report(skus.size(), total, "fitting elasticities");
            List<SkuSales> series = new ArrayList<>();
            for (PriceBookEntry entry : entries) {
                series.add(salesOf(entry, histories.get(entry.sku())));
            }
            List<ElasticityEstimate> estimates = estimator.estimate(series);
            Instant now = clock.instant();
            runs.saveEstimates(runId, estimates, now);
            progress.report(skus.size() + 1, total, "proposing prices");
            Map<String, BigDecimal> weekAgo = book.pricesAt(skus, now.minus(7, ChronoUnit.DAYS));
            Map<String, List<Observation>> market = competitors.current(skus);
            List<PricingRunStore.Skipped> skipped = new ArrayList<>();
            int made = 0;
            for (int i = 0; i < entries.size(); i++) {
                PriceBookEntry entry = entries.get(i);
                String why = propose(runId, request, entry, series.get(i), estimates.get(i), histories.get(entry.sku()),
                        stocks.get(entry.sku()), weekAgo.get(entry.sku()), market.getOrDefault(entry.sku(), List.of()));
                if (why == null) {
                    made++;
                } else {
                    skipped.add(new PricingRunStore.Skipped(entry.sku(), why));
                }
                progress.report(skus.size() + 2 + i, total, null);
            }
            runs.finished(runId, skus.size(), made, skipped, sourceCounts(histories, stocks));
            return "/api/v1/pricing/runs/" + runId;
        } catch (RuntimeException e) {
            runs.failed(runId, e.getMessage());
            throw e;
        }
    }

    private List<PriceBookEntry> entries(RunRequest request) {
        if (request.skus() != null && !request.skus().isEmpty()) {
            return book.findAll(request.skus().stream().distinct().toList());
        }
        return book.page(null, request.category(), RunRequest.MAX_SKUS);
    }

    /** Makes the SKU's proposal; returns null when it did, or why it did not. */
    private String propose(UUID runId, RunRequest request, PriceBookEntry entry, SkuSales sales,
            ElasticityEstimate estimate, Fetched<SalesHistory> history, Fetched<StockOnHand.Stock> stockOnHand,
            BigDecimal weekAgo, List<Observation> market) {
        if (estimate.source() == ElasticitySource.NONE) {
            return "no elasticity: " + estimate.note() + (history.note() == null ? "" : " (sales: " + history.note()
                    + ")");
        }
        if (entry.unitCost() == null) {
            return "no unit cost in the price book, so profit cannot be weighed";
        }
        double p0 = entry.price().doubleValue();
        double q0 = recentUnitsPerDay(sales);
        if (!(p0 > 0) || !(q0 > 0)) {
            return "no sales in the last " + RECENT_DAYS + " days to anchor the demand curve";
        }
        double cost = entry.unitCost().doubleValue();
        ConstantElasticityDemand demand = new ConstantElasticityDemand(p0, q0, estimate.elasticity());
        double lower = Math.max(0.01, p0 / 3);
        double upper = p0 * 3;
        Long onHand = stockOnHand.value() == null ? null : stockOnHand.value().available();
        PriceOptimizer.Optimum optimum = request.sellThroughDays() != null && onHand != null && onHand > 0
                ? PriceOptimizer.maximiseWithSellThrough(demand, cost, lower, upper, onHand, request.sellThroughDays())
                : PriceOptimizer.maximiseProfit(demand, cost, lower, upper);
        List<CompetitorPrice> rivals = market.stream().map(o -> new CompetitorPrice(o.competitor(),
                o.price().doubleValue(), o.inStock())).toList();
        GuardedPrice guarded = Guardrails.apply(optimum.price(), new GuardrailInput(p0,
                weekAgo == null ? null : weekAgo.doubleValue(), cost, entry.minMargin(), value(entry.mapPrice()),
                value(entry.floorPrice()), value(entry.ceilingPrice()), orDefault(request.maxChangePerDay(), 0.10),
                orDefault(request.maxChangePerWeek(), 0.20), rule(request.competitorRule()), rivals,
                entry.priceEnding()));
        BigDecimal proposed = BigDecimal.valueOf(guarded.price()).setScale(2, RoundingMode.HALF_UP);
        if (proposed.compareTo(entry.price()) == 0) {
            return "already at the best price within the guardrails (" + proposed.toPlainString() + ")";
        }
        double p = proposed.doubleValue();
        ProposalReason.Outcome now = outcome(demand, p0, cost);
        ProposalReason.Outcome then = outcome(demand, p, cost);
        ProposalReason reason = new ProposalReason(estimate,
                new ProposalReason.Model("constant elasticity", p0, q0, cost, optimum.price(), optimum.how()),
                new ProposalReason.Expected(now, then, new ProposalReason.Outcome(then.units() - now.units(),
                        then.revenue() - now.revenue(), then.profit() - now.profit()),
                        new ConstantElasticityDemand(p0, q0, estimate.lower()).quantity(p),
                        new ConstantElasticityDemand(p0, q0, estimate.upper()).quantity(p)),
                new ProposalReason.Guardrails(guarded.binding(), guarded.steps(), guarded.note()),
                position(p, rivals),
                new ProposalReason.Data(history.source().label(), history.note(), sales.size(),
                        stockOnHand.source().label(), onHand, stockOnHand.note()));
        transactions.executeWithoutResult(status -> proposals.add(runId, entry.sku(), entry.currency(), entry.price(),
                proposed, reason));
        return null;
    }

    static SkuSales salesOf(PriceBookEntry entry, Fetched<SalesHistory> fetched) {
        List<SalesPoint> points = fetched == null || fetched.value() == null || fetched.value().points() == null
                ? List.of() : fetched.value().points();
        int n = points.size();
        int[] day = new int[n];
        double[] units = new double[n];
        double[] price = new double[n];
        boolean[] promo = new boolean[n];
        boolean anyPromo = false;
        for (int i = 0; i < n; i++) {
            SalesPoint point = points.get(i);
            day[i] = (int) point.ds().toEpochDay();
            units[i] = point.y();
            price[i] = point.price() == null ? Double.NaN : point.price().doubleValue();
            promo[i] = Boolean.TRUE.equals(point.promo());
            anyPromo |= point.promo() != null;
        }
        return new SkuSales(entry.sku(), entry.category(), day, units, price, anyPromo ? promo : null);
    }

    /** Mean units a day over the last four weeks of history. */
    static double recentUnitsPerDay(SkuSales sales) {
        int n = sales.size();
        if (n == 0) {
            return 0;
        }
        int last = sales.day()[n - 1];
        double units = 0;
        int days = 0;
        for (int i = n - 1; i >= 0 && sales.day()[i] > last - RECENT_DAYS; i--) {
            units += sales.units()[i];
            days++;
        }
        return days == 0 ? 0 : units / days;
    }

    private static ProposalReason.Outcome outcome(ConstantElasticityDemand demand, double price, double cost) {
        double q = demand.quantity(price);
        return new ProposalReason.Outcome(q, q * price, q * (price - cost));
    }

    private static ProposalReason.CompetitorPosition position(double price, List<CompetitorPrice> rivals) {
        if (rivals.isEmpty()) {
            return new ProposalReason.CompetitorPosition(0, null, null, null);
        }
        double[] sorted = rivals.stream().mapToDouble(CompetitorPrice::price).sorted().toArray();
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        return new ProposalReason.CompetitorPosition(sorted.length, sorted[0], median,
                String.format(Locale.ROOT, "%+.1f %% against the lowest", 100 * (price / sorted[0] - 1)));
    }

    static CompetitorRule rule(RunRequest.CompetitorRuleRequest rule) {
        if (rule == null) {
            return null;
        }
        boolean ignore = rule.ignoreOutOfStock() == null || rule.ignoreOutOfStock();
        double percent = rule.percent() == null ? 0 : rule.percent();
        return switch (rule.kind()) {
            case "MATCH_LOWEST" -> new CompetitorRule.MatchLowest(ignore);
            case "BEAT_LOWEST" -> new CompetitorRule.BeatLowest(percent == 0 ? 1 : percent, ignore);
            default -> new CompetitorRule.WithinBandOfMedian(percent, ignore);
        };
    }

    private static Map<String, Long> sourceCounts(Map<String, Fetched<SalesHistory>> histories,
            Map<String, Fetched<StockOnHand.Stock>> stocks) {
        Map<String, Long> counts = new TreeMap<>();
        histories.values().forEach(f -> counts.merge("sales " + f.source().label(), 1L, Long::sum));
        stocks.values().forEach(f -> counts.merge("stock " + f.source().label(), 1L, Long::sum));
        return counts;
    }

    private static Double value(BigDecimal amount) {
        return amount == null ? null : amount.doubleValue();
    }

    private static double orDefault(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
