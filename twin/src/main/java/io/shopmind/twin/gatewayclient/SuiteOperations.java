package io.shopmind.twin.gatewayclient;

import io.shopmind.model.event.EventBatch;
import io.shopmind.model.event.EventEnvelope;
import io.shopmind.twin.catalogue.Sku;
import io.shopmind.twin.event.ShopEvent;
import io.shopmind.twin.gatewayclient.GatewayClient.Role;
import io.shopmind.twin.operations.RuleBasedOperations;
import io.shopmind.twin.operations.RuleSettings;
import io.shopmind.twin.operations.ShopOperations;
import io.shopmind.twin.operations.ShopSetup;
import io.shopmind.twin.stock.PurchaseOrder;
import io.shopmind.twin.stock.PurchaseRequest;
import io.shopmind.twin.support.SupportContact;
import io.shopmind.twin.support.SupportReply;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The shop's operations run by ShopMind through the gateway, as a real shop would wire it: the storefront sends
 * every event, asks for each visitor's recommendations and reads the current prices every morning; ops retrains the
 * recommendation model, runs the forecasts, plans replenishment and runs pricing on a weekly schedule, and approves
 * this week's plan lines up to a line value and the price proposals within a limit of change. Components switched
 * off, and support, whose service has no chat API yet (see {@link #notes()}), fall back to the rule-based shop,
 * which also keeps its own view of the stock.
 */
public final class SuiteOperations implements ShopOperations {

    /**
     * How often ops acts, and how far it trusts the suite without a person.
     *
     * @param maxLineValue   plan lines worth more are left for a person
     * @param maxPriceChange the largest relative price change a pricing run may propose and ops approves unseen
     */
    public record Schedule(int trainEveryDays, int planEveryDays, int planHorizonWeeks, double maxLineValue,
            int priceEveryDays, double maxPriceChange) {
        public static final Schedule WEEKLY = new Schedule(7, 7, 4, 5_000, 7, 0.10);
    }

    private static final int BATCH = 5_000;
    private static final int ATTEMPTS = 5;

    private final String name;
    private final GatewayClient gateway;
    private final Components components;
    private final Schedule schedule;
    private final RuleBasedOperations rules;
    private final Runnable onClose;
    private final List<String> missing = new ArrayList<>();
    private final Map<String, Sku> skus = new LinkedHashMap<>();
    private final Set<String> sold = new TreeSet<>();
    private final Set<String> placed = new HashSet<>();
    private final Map<String, Double> shelf = new HashMap<>();
    private SuitePricing pricing;
    private String currency;
    private StorefrontEvents events;
    private LocalDate firstDay;
    private LocalDate lastTrained;
    private int approvalsCut;

    public SuiteOperations(GatewayClient gateway, Components components, RuleSettings fallback, Schedule schedule,
            Runnable onClose) {
        this.name = components.armName();
        this.gateway = gateway;
        this.components = components;
        this.schedule = schedule;
        this.rules = new RuleBasedOperations(fallback);
        this.onClose = onClose;
        if (components.support()) {
            missing.add("support: support-bot-service has no chat API on this build yet; the FAQ bot answers");
        }
    }

    @Override
    public String name() {
        return name;
    }

    /** What this arm asked the suite for and could not have, and the plan lines left for a person. */
    @Override
    public List<String> notes() {
        List<String> notes = new ArrayList<>(missing);
        if (pricing != null) {
            notes.addAll(pricing.notes());
        }
        if (approvalsCut > 0) {
            notes.add(approvalsCut + " plan lines above the auto-approval limit of " + schedule.maxLineValue()
                    + " left unapproved");
        }
        return notes;
    }

    @Override
    public void open(ShopSetup setup) {
        rules.open(setup);
        firstDay = setup.firstDay();
        events = new StorefrontEvents(gateway.json(), "shopmind-twin/" + setup.firstDay(), setup.currency());
        for (Sku sku : setup.skus()) {
            skus.put(sku.id(), sku);
            // a shop sets its SKUs' parameters up once, whoever plans from them
            putParameters(setup, sku);
        }
        currency = setup.currency();
        pricing = components.pricing() ? new SuitePricing(gateway, schedule, skus, currency) : null;
    }

    private void putParameters(ShopSetup setup, Sku sku) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("currency", setup.currency());
        parameters.put("unitCost", money(sku.unitCost()));
        parameters.put("orderingCost", money(setup.orderingCost()));
        parameters.put("holdingCostRate", setup.holdingCostRate());
        parameters.put("serviceLevel", 0.95);
        parameters.put("leadTimeMeanDays", sku.leadTimeMeanDays());
        parameters.put("leadTimeSdDays", sku.leadTimeSdDays());
        parameters.put("moq", sku.casePack());
        parameters.put("casePack", sku.casePack());
        parameters.put("unitVolume", 0.01);
        parameters.put("supplier", sku.supplier());
        parameters.put("supplierMinOrderValue", "0");
        GatewayClient.expect(gateway.send(Role.OPS, "PUT", "/api/v1/inventory/skus/" + GatewayClient.encode(sku.id()),
                parameters), 200, "PUT inventory SKU " + sku.id());
    }

    /**
     * Loads pricing-service's price book at today's shelf prices and runs pricing once, leaving its proposals for a
     * person to approve: what a shop has waiting when it starts with ShopMind.
     */
    public void proposePrices() {
        new SuitePricing(gateway, schedule, skus, currency).propose(shelf);
    }

    @Override
    public Map<String, Double> prices(LocalDate day) {
        return pricing == null ? rules.prices(day) : pricing.prices(day, shelf);
    }

    @Override
    public List<PurchaseRequest> replenish(LocalDate day) {
        if (!components.replenishment()) {
            return rules.replenish(day);
        }
        if (ChronoUnit.DAYS.between(firstDay, day) % schedule.planEveryDays() != 0) {
            return List.of();
        }
        List<String> skuIds = List.copyOf(skus.keySet());
        // forecast-service has a series for every SKU that has sold; the others have no forecast to plan from
        if (!sold.isEmpty()) {
            gateway.runJob(Role.OPS, "/api/v1/forecasts/runs", Map.of("horizon", 7 * schedule.planHorizonWeeks(),
                    "levels", List.of(80, 95), "series", List.copyOf(sold)));
        }
        JsonNode job = gateway.runJob(Role.OPS, "/api/v1/inventory/plans", Map.of("warehouse",
                StorefrontEvents.WAREHOUSE, "skus", skuIds, "horizonWeeks", schedule.planHorizonWeeks()));
        JsonNode plan = gateway.get(Role.OPS, job.get("result").asString());
        List<Map<String, Object>> edits = new ArrayList<>();
        for (JsonNode line : plan.get("lines")) {
            long quantity = line.get("quantity").asLong();
            double value = quantity * line.get("unitCost").asDouble();
            // only this week's orders are placed now; the later weeks are planned again next week
            if (quantity > 0 && (line.get("week").asInt() > 0 || value > schedule.maxLineValue())) {
                if (line.get("week").asInt() == 0) {
                    approvalsCut++;
                }
                edits.add(Map.of("lineId", line.get("id").asLong(), "quantity", 0));
            }
        }
        HttpResponse<String> approved = GatewayClient.expect(gateway.send(Role.OPS, "POST",
                "/api/v1/inventory/plans/" + plan.get("id").asString() + "/approve", Map.of("lines", edits)), 201,
                "approve plan " + plan.get("id").asString());
        List<PurchaseRequest> orders = new ArrayList<>();
        for (JsonNode order : gateway.json().readTree(approved.body())) {
            for (JsonNode line : order.get("lines")) {
                orders.add(new PurchaseRequest(line.get("sku").asString(), line.get("quantityOrdered").asInt(),
                        order.get("id").asString()));
                placed.add(order.get("id").asString());
            }
        }
        return orders;
    }

    @Override
    public Map<String, List<String>> recommend(LocalDate day, List<String> shoppers, int k) {
        if (!components.recommendations()) {
            return rules.recommend(day, shoppers, k);
        }
        if (lastTrained == null || ChronoUnit.DAYS.between(lastTrained, day) >= schedule.trainEveryDays()) {
            gateway.runJob(Role.OPS, "/api/v1/recommendations/models", Map.of("algorithm", "als", "activate", true));
            lastTrained = day;
        }
        Map<String, List<String>> lists = new HashMap<>();
        for (String shopper : shoppers) {
            JsonNode list = gateway.get(Role.STOREFRONT, "/api/v1/recommendations/users/"
                    + GatewayClient.encode(shopper) + "?k=" + k + "&inStock=true");
            List<String> items = new ArrayList<>();
            list.get("items").forEach(item -> items.add(item.get("sku").asString()));
            lists.put(shopper, items);
        }
        return lists;
    }

    @Override
    public void record(LocalDate day, List<ShopEvent> dayEvents) {
        rules.record(day, dayEvents);
        for (ShopEvent event : dayEvents) {
            if (event instanceof ShopEvent.Ordered order) {
                order.lines().forEach(line -> sold.add(line.sku()));
            } else if (event instanceof ShopEvent.Listed listed) {
                shelf.put(listed.sku(), listed.price());
            }
        }
        List<EventEnvelope> envelopes = dayEvents.stream().map(this::asReported).map(events::envelope).toList();
        for (int from = 0; from < envelopes.size(); from += BATCH) {
            post(new EventBatch(envelopes.subList(from, Math.min(envelopes.size(), from + BATCH))));
        }
    }

    /**
     * A receipt names its purchase order only if inventory-service placed it: orders of the history (or of the rules
     * standing in) were placed outside it, as from a spreadsheet, and arrive as stock without an order.
     */
    private ShopEvent asReported(ShopEvent event) {
        if (event instanceof ShopEvent.Received r && r.purchaseOrderId() != null
                && !placed.contains(r.purchaseOrderId())) {
            return new ShopEvent.Received(r.at(), r.sku(), r.quantity(), null);
        }
        return event;
    }

    /** Sends a batch, and again after a 503 as any storefront should: services that have it ignore it. */
    private void post(EventBatch batch) {
        String body = gateway.json().writeValueAsString(batch);
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = gateway.send(Role.STOREFRONT, "POST", "/api/v1/events", body);
            if (response.statusCode() == 202) {
                return;
            }
            if (response.statusCode() != 503 || attempt == ATTEMPTS) {
                throw new GatewayClient.GatewayException("POST /api/v1/events answered " + response.statusCode()
                        + ": " + response.body());
            }
            try {
                Thread.sleep(500L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GatewayClient.GatewayException("interrupted while resending events", e);
            }
        }
    }

    @Override
    public SupportReply answer(SupportContact contact) {
        return rules.answer(contact);
    }

    @Override
    public void takeOver(LocalDate day, List<PurchaseOrder> openOrders) {
        rules.takeOver(day, openOrders);
    }

    @Override
    public void close() {
        if (onClose != null) {
            onClose.run();
        }
    }

    private static String money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
