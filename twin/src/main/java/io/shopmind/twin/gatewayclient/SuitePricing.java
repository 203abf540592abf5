package io.shopmind.twin.gatewayclient;

import io.shopmind.twin.catalogue.Sku;
import io.shopmind.twin.gatewayclient.GatewayClient.Role;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Prices run by pricing-service, as a shop would wire it: ops loads the price book from the catalogue (list price,
 * unit cost, category, the shop's floor and ceiling) at the prices on the shelf, runs a pricing run on the ops
 * schedule and approves the proposals within the shop's limit of change; the storefront reads the current prices
 * every morning and sells at them. Proposals beyond the limit are left pending for a person.
 */
final class SuitePricing {

    /** The shop's pricing limits: a price may not drop below cost plus this margin or rise above this × list. */
    static final double MIN_MARGIN = 0.05;
    static final double CEILING_OVER_LIST = 2.0;
    private static final int QUERY_SKUS = 1_000;
    private static final int PAGE = 1_000;

    private final GatewayClient gateway;
    private final SuiteOperations.Schedule schedule;
    private final Map<String, Sku> skus;
    private final String currency;
    private final Map<String, Long> skipped = new TreeMap<>();
    private LocalDate loadedOn;
    private int runs;
    private int proposed;
    private int approved;

    SuitePricing(GatewayClient gateway, SuiteOperations.Schedule schedule, Map<String, Sku> skus, String currency) {
        this.gateway = gateway;
        this.schedule = schedule;
        this.skus = skus;
        this.currency = currency;
    }

    /**
     * Today's shelf prices from pricing-service; on the first day the price book is loaded at {@code shelf}, and on
     * schedule days a pricing run's proposals within the limit are approved first.
     */
    Map<String, Double> prices(LocalDate day, Map<String, Double> shelf) {
        if (loadedOn == null) {
            loadBook(shelf);
            loadedOn = day;
        }
        if (ChronoUnit.DAYS.between(loadedOn, day) % schedule.priceEveryDays() == 0) {
            approve(run());
        }
        return currentPrices();
    }

    /** Loads the price book at {@code shelf} and runs pricing once, leaving every proposal for a person. */
    void propose(Map<String, Double> shelf) {
        loadBook(shelf);
        run();
    }

    /** What the pricing runs did, for the arm's notes. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (runs == 0) {
            return notes;
        }
        notes.add(String.format(Locale.ROOT, "pricing: %d runs, %d proposals, %d approved within %.0f %% of change, "
                + "%d left for a person", runs, proposed, approved, 100 * schedule.maxPriceChange(), proposed - approved));
        skipped.forEach((why, count) -> notes.add("pricing: " + count + " SKU-runs without a proposal: " + why));
        return notes;
    }

    private void loadBook(Map<String, Double> shelf) {
        StringBuilder csv = new StringBuilder(
                "sku,currency,list_price,price,unit_cost,floor_price,ceiling_price,min_margin,category\n");
        for (Sku sku : skus.values()) {
            double price = shelf.getOrDefault(sku.id(), sku.listPrice());
            double ceiling = Math.max(price, CEILING_OVER_LIST * sku.listPrice());
            csv.append(String.format(Locale.ROOT, "%s,%s,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%s%n", sku.id(), currency,
                    sku.listPrice(), price, sku.unitCost(), Math.min(price, sku.unitCost()), ceiling, MIN_MARGIN,
                    sku.category()));
        }
        GatewayClient.expect(gateway.send(Role.OPS, "POST", "/api/v1/pricing/book/imports?reason=twin%20opening",
                csv.toString(), "text/csv"), 200, "POST the price book");
    }

    /** Runs pricing; returns the run's id. */
    private String run() {
        Map<String, Object> request = new LinkedHashMap<>();
        // a fast simulation runs on one wall-clock day, so the run's per-day limit is the shop's limit per run
        request.put("maxChangePerDay", schedule.maxPriceChange());
        request.put("maxChangePerWeek", schedule.maxPriceChange());
        JsonNode job = gateway.runJob(Role.OPS, "/api/v1/pricing/runs", request);
        JsonNode run = gateway.get(Role.OPS, job.get("result").asString());
        runs++;
        run.get("skipped").forEach(s -> skipped.merge(reason(s.get("reason").asString()), 1L, Long::sum));
        return run.get("id").asString();
    }

    /** Approves the run's proposals within the limit of change; the others stay pending. */
    private void approve(String runId) {
        List<Long> approve = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = gateway.get(Role.OPS, "/api/v1/pricing/proposals?status=PENDING&limit=" + PAGE
                    + "&after=" + after + "&runId=" + runId);
            for (JsonNode proposal : page) {
                after = proposal.get("id").asLong();
                proposed++;
                if (withinLimit(proposal.get("currentPrice").asDouble(), proposal.get("proposedPrice").asDouble())) {
                    approve.add(after);
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        for (int from = 0; from < approve.size(); from += PAGE) {
            List<Long> ids = approve.subList(from, Math.min(approve.size(), from + PAGE));
            GatewayClient.expect(gateway.send(Role.OPS, "POST", "/api/v1/pricing/proposals/decisions",
                    Map.of("approve", ids, "note", "within the shop's auto-approval limit")), 200,
                    "approve price proposals");
            approved += ids.size();
        }
    }

    private Map<String, Double> currentPrices() {
        List<String> ids = List.copyOf(skus.keySet());
        Map<String, Double> prices = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += QUERY_SKUS) {
            JsonNode answer = gateway.post(Role.STOREFRONT, "/api/v1/pricing/prices/query",
                    Map.of("skus", ids.subList(from, Math.min(ids.size(), from + QUERY_SKUS))));
            answer.get("prices").forEach(p -> prices.put(p.get("sku").asString(),
                    p.get("price").get("amount").asDouble()));
        }
        return prices;
    }

    /** Within the limit of change, give or take the half cent a price at the limit is rounded by. */
    private boolean withinLimit(double current, double proposed) {
        return Math.abs(proposed - current) <= schedule.maxPriceChange() * current + 0.005 + 1e-9;
    }

    /** A skip reason without its SKU's figures, so like reasons count together. */
    private static String reason(String why) {
        int cut = why.indexOf(" (");
        return (cut > 0 ? why.substring(0, cut) : why).replaceAll("[0-9]+(\\.[0-9]+)?", "n");
    }
}
