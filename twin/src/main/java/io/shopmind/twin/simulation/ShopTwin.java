package io.shopmind.twin.simulation;

import io.shopmind.twin.catalogue.Catalogue;
import io.shopmind.twin.catalogue.Sku;
import io.shopmind.twin.event.ShopEvent;
import io.shopmind.twin.market.CompetitorPrices;
import io.shopmind.twin.operations.ShopOperations;
import io.shopmind.twin.operations.ShopSetup;
import io.shopmind.twin.random.Draws;
import io.shopmind.twin.random.Source;
import io.shopmind.twin.shopper.Shopper;
import io.shopmind.twin.stock.PurchaseOrder;
import io.shopmind.twin.stock.PurchaseRequest;
import io.shopmind.twin.support.ContactWriter;
import io.shopmind.twin.support.SupportContact;
import io.shopmind.twin.support.SupportReply;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Runs one arm through the twin's calendar, day by day. In the history the {@code past} operations decide and
 * the arm only records the events; from the first compared day the arm decides. Every arm of a seed sees the same
 * visitors, the same noise, the same rival prices and the same lead times for the same orders (common random
 * numbers), so differences between arms come from their decisions.
 */
public final class ShopTwin {

    /** Told after each simulated day. */
    public interface DayListener {
        void dayDone(int day, int totalDays);
    }

    private static final int PILOT_DAYS = 14;
    private static final double WISMO_RATE = 0.01;
    private static final double LATE_WISMO_RATE = 0.1;
    private static final double LATE_DELIVERY_RATE = 0.1;
    private static final double RETURN_RATE = 0.05;
    private static final double STOCK_QUESTION_RATE = 0.2;
    private static final double PRICE_QUESTION_RATE = 0.01;
    private static final double OUT_OF_SCOPE_RATE = 0.002;
    private static final DateTimeFormatter ORDER_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final World world;
    private final Catalogue catalogue;
    private final Draws draws;
    private final Storefront storefront;
    private final ContactWriter writer = new ContactWriter();

    public ShopTwin(World world) {
        this.world = world;
        this.catalogue = world.catalogue();
        this.draws = world.draws();
        this.storefront = new Storefront(world);
    }

    public World world() {
        return world;
    }

    /** The shop's setup on its first day, as every operations implementation receives it. */
    public ShopSetup setup() {
        TwinSettings s = world.settings();
        return new ShopSetup(s.firstDay(), s.currency(), catalogue.skus(), world.calendar().promotions(),
                s.holdingCostRate(), s.orderingCost());
    }

    /** Runs {@code arm}, with {@code past} deciding in the history (pass the same object to run one shop all along). */
    public ArmRun run(ShopOperations past, ShopOperations arm, DayListener listener) {
        return new Run(past, arm).all(listener);
    }

    /** Opening stock: {@code openingStockDays} of the demand a fortnight with unlimited stock shows, in case packs. */
    int[] openingStock() {
        int n = catalogue.size();
        double[] demand = new double[n];
        double[] listPrices = catalogue.skus().stream().mapToDouble(Sku::listPrice).toArray();
        int days = Math.min(PILOT_DAYS, world.settings().totalDays());
        for (int d = 0; d < days; d++) {
            for (Visit visit : storefront.visits(d)) {
                int[] ranked = storefront.browse(d, visit, new int[0], listPrices).ranked();
                if (ranked.length > 0) {
                    demand[ranked[0]] += storefront.quantity(d, visit, ranked[0]);
                }
            }
        }
        int[] stock = new int[n];
        for (int j = 0; j < n; j++) {
            int units = (int) Math.ceil(world.settings().openingStockDays() * demand[j] / days);
            stock[j] = ShopOperations.roundUpToCasePacks(Math.max(1, units), catalogue.sku(j).casePack());
        }
        return stock;
    }

    /** An order on its way to a shopper. */
    private record Delivery(String orderId, Shopper shopper, long serial, int placed, int shipped, int promised,
            int delivered) {
    }

    /** The state of one arm's shop while it runs. */
    private final class Run {

        private final ShopOperations past;
        private final ShopOperations arm;
        private final TwinSettings settings = world.settings();
        private final int n = catalogue.size();
        private final int[] onHand = new int[n];
        private final double[] shelfPrice = new double[n];
        private final int[][] unitsSold = new int[n][settings.totalDays()];
        private final List<PurchaseOrder> openOrders = new ArrayList<>();
        private final List<Delivery> inTransit = new ArrayList<>();
        private final Map<Integer, List<Delivery>> deliveredOn = new HashMap<>();
        private final List<DayTotals> totals = new ArrayList<>();
        private final List<ContactOutcome> outcomes = new ArrayList<>();
        private int purchaseOrderSerial;

        Run(ShopOperations past, ShopOperations arm) {
            this.past = past;
            this.arm = arm;
        }

        ArmRun all(DayListener listener) {
            ShopSetup setup = setup();
            past.open(setup);
            if (arm != past) {
                arm.open(setup);
            }
            for (int j = 0; j < n; j++) {
                shelfPrice[j] = catalogue.sku(j).listPrice();
            }
            int[] opening = openingStock();
            for (int d = 0; d < settings.totalDays(); d++) {
                if (d == settings.historyDays() && arm != past) {
                    arm.takeOver(world.date(d), List.copyOf(openOrders));
                }
                day(d, d < settings.historyDays() ? past : arm, d == 0 ? opening : null);
                if (listener != null) {
                    listener.dayDone(d + 1, settings.totalDays());
                }
            }
            return new ArmRun(arm.name(), settings.seed(), totals, outcomes, unitsSold);
        }

        private void day(int d, ShopOperations decider, int[] opening) {
            LocalDate date = world.date(d);
            Tally tally = new Tally();
            List<ShopEvent> events = new ArrayList<>();
            competitorPrices(d, events);
            int priceChanges = applyPrices(d, decider.prices(date), events);
            if (opening != null) {
                for (int j = 0; j < n; j++) {
                    onHand[j] += opening[j];
                    events.add(new ShopEvent.Received(at(d, 7 * 3600), catalogue.sku(j).id(), opening[j], null));
                }
            }
            receive(d, events);
            order(d, decider.replenish(date), tally);
            fulfil(d, events);
            List<Visit> visits = storefront.visits(d);
            List<String> visitors = new ArrayList<>(new LinkedHashSet<>(visits.stream()
                    .map(visit -> visit.shopper().id()).toList()));
            Map<String, List<String>> lists = decider.recommend(date, visitors, settings.recommendationSlots());
            Map<String, int[]> strips = new HashMap<>();
            Map<String, Double> precision = new HashMap<>();
            List<int[]> stockouts = new ArrayList<>();
            List<int[]> browsedOnly = new ArrayList<>();
            for (Visit visit : visits) {
                String shopperId = visit.shopper().id();
                int[] strip = strips.computeIfAbsent(shopperId, id -> strip(lists.get(id)));
                tally.recommendationPrecision += precision.computeIfAbsent(shopperId,
                        id -> precisionAtK(visit.shopper(), strip));
                shop(d, visit, strip, tally, events, stockouts, browsedOnly);
            }
            events.sort(Comparator.comparing(ShopEvent::at));
            decider.record(date, events);
            if (decider != arm) {
                arm.record(date, events);
            }
            if (d >= settings.historyDays()) {
                contacts(d, decider, visits, stockouts, browsedOnly, tally);
                totals.add(close(d, visits.size(), priceChanges, tally));
            }
        }

        private void competitorPrices(int d, List<ShopEvent> events) {
            CompetitorPrices rival = world.competitors();
            for (int j = 0; j < n; j++) {
                double price = rival.price(j, d);
                if (price > 0 && (d == 0 || Math.abs(price - rival.price(j, d - 1)) >= 0.005)) {
                    events.add(new ShopEvent.CompetitorPriced(at(d, 5 * 3600), catalogue.sku(j).id(),
                            CompetitorPrices.COMPETITOR, price));
                }
            }
        }

        /** Applies the decided prices, kept between half the cost and three times the list price. */
        private int applyPrices(int d, Map<String, Double> decided, List<ShopEvent> events) {
            int changes = 0;
            for (Map.Entry<String, Double> price : decided.entrySet()) {
                int j = index(price.getKey());
                Sku sku = catalogue.sku(j);
                double p = Math.round(Math.min(3 * sku.listPrice(), Math.max(0.5 * sku.unitCost(), price.getValue()))
                        * 100) / 100.0;
                if (Math.abs(p - shelfPrice[j]) >= 0.005) {
                    shelfPrice[j] = p;
                    changes++;
                    if (d > 0) {
                        events.add(listed(d, sku));
                    }
                }
            }
            if (d == 0) {
                catalogue.skus().forEach(sku -> events.add(listed(0, sku)));
                return 0;
            }
            return changes;
        }

        private ShopEvent.Listed listed(int d, Sku sku) {
            return new ShopEvent.Listed(at(d, 6 * 3600), sku.id(), sku.name(), sku.category(), sku.brand(),
                    shelfPrice[sku.index()]);
        }

        private void receive(int d, List<ShopEvent> events) {
            LocalDate date = world.date(d);
            openOrders.removeIf(order -> {
                if (order.due().isAfter(date)) {
                    return false;
                }
                onHand[index(order.sku())] += order.quantity();
                events.add(new ShopEvent.Received(at(d, 7 * 3600), order.sku(), order.quantity(), order.id()));
                return true;
            });
        }

        private void order(int d, List<PurchaseRequest> decided, Tally tally) {
            for (PurchaseRequest line : decided) {
                Sku sku = catalogue.sku(index(line.sku()));
                if (line.units() < 0) {
                    throw new IllegalArgumentException("negative order quantity for " + sku.id());
                }
                int units = ShopOperations.roundUpToCasePacks(line.units(), sku.casePack());
                if (units == 0) {
                    continue;
                }
                int leadTime = world.leadTimes().days(sku, d);
                ++purchaseOrderSerial;
                String id = line.purchaseOrderId() != null ? line.purchaseOrderId()
                        : String.format("PO-%d-%06d", settings.seed(), purchaseOrderSerial);
                openOrders.add(new PurchaseOrder(id, sku.id(), units, world.date(d), world.date(d + leadTime)));
                tally.orderingCost += settings.orderingCost();
                tally.purchaseOrderLines++;
            }
        }

        /** Ships yesterday's orders and delivers those due; a tenth arrive late. */
        private void fulfil(int d, List<ShopEvent> events) {
            inTransit.removeIf(delivery -> {
                if (delivery.shipped() == d) {
                    events.add(new ShopEvent.StatusChanged(at(d, 10 * 3600), delivery.orderId(), "SHIPPED"));
                }
                if (delivery.delivered() == d) {
                    events.add(new ShopEvent.StatusChanged(at(d, 14 * 3600), delivery.orderId(), "DELIVERED"));
                    deliveredOn.computeIfAbsent(d, k -> new ArrayList<>()).add(delivery);
                    return true;
                }
                return false;
            });
        }

        private void shop(int d, Visit visit, int[] strip, Tally tally, List<ShopEvent> events,
                List<int[]> stockouts, List<int[]> browsedOnly) {
            LocalDate date = world.date(d);
            Shopper shopper = visit.shopper();
            String session = "s-" + date.format(ORDER_DAY) + "-" + visit.number();
            Browsing browsing = storefront.browse(d, visit, strip, shelfPrice);
            tally.recommendationImpressions += browsing.recommendationSlotsShown();
            int second = visit.secondOfDay();
            for (int i = 0; i < browsing.viewed().length; i++) {
                int j = browsing.viewed()[i];
                events.add(new ShopEvent.Viewed(at(d, second + 20 * i), catalogue.sku(j).id(), shopper.id(), session));
                if (browsing.viewedFromRecommendation()[i]) {
                    tally.recommendationClicks++;
                }
            }
            int[] ranked = browsing.ranked();
            if (ranked.length == 0) {
                if (browsing.viewed().length > 0) {
                    browsedOnly.add(new int[] {visit.number(), browsing.viewed()[0]});
                }
                return;
            }
            int first = ranked[0];
            int wanted = storefront.quantity(d, visit, first);
            tally.unitsDemanded += wanted;
            int bought = first;
            int quantity = Math.min(wanted, onHand[first]);
            tally.unitsLost += wanted - quantity;
            tally.stockoutCost += (wanted - quantity) * Math.max(0,
                    storefront.pricePaid(date, first, shelfPrice[first]) - catalogue.sku(first).unitCost());
            if (quantity > 0) {
                tally.unitsFilled += quantity;
            } else {
                stockouts.add(new int[] {visit.number(), first});
                bought = -1;
                if (draws.uniform(Source.CHOICE, d, visit.number(), 4_000_000) < settings.substitutionRate()) {
                    for (int r = 1; r < ranked.length && bought < 0; r++) {
                        if (onHand[ranked[r]] > 0) {
                            bought = ranked[r];
                            quantity = Math.min(storefront.quantity(d, visit, bought), onHand[bought]);
                            tally.unitsSubstituted += quantity;
                        }
                    }
                }
                if (bought < 0) {
                    return;
                }
            }
            sell(d, visit, bought, quantity, browsing, tally, events, session);
        }

        private void sell(int d, Visit visit, int j, int quantity, Browsing browsing, Tally tally,
                List<ShopEvent> events, String session) {
            LocalDate date = world.date(d);
            Sku sku = catalogue.sku(j);
            double paid = storefront.pricePaid(date, j, shelfPrice[j]);
            onHand[j] -= quantity;
            unitsSold[j][d] += quantity;
            tally.orders++;
            tally.revenue += paid * quantity;
            tally.costOfGoods += sku.unitCost() * quantity;
            for (int i = 0; i < browsing.viewed().length; i++) {
                if (browsing.viewed()[i] == j && browsing.viewedFromRecommendation()[i]) {
                    tally.recommendationPurchases++;
                }
            }
            int second = visit.secondOfDay() + 20 * browsing.viewed().length;
            String shopperId = visit.shopper().id();
            String orderId = "o-" + date.format(ORDER_DAY) + "-" + visit.number();
            events.add(new ShopEvent.CartAdded(at(d, second), sku.id(), shopperId, session, quantity));
            events.add(new ShopEvent.Ordered(at(d, second + 60), orderId, shopperId,
                    List.of(new ShopEvent.Line(sku.id(), quantity, paid)), paid < shelfPrice[j]));
            long serial = (long) d * 1_000_000 + visit.number();
            int transit = 1 + (int) (4 * draws.uniform(Source.FULFILMENT, serial, 0));
            if (draws.uniform(Source.FULFILMENT, serial, 1) < LATE_DELIVERY_RATE) {
                transit += 2 + (int) (5 * draws.uniform(Source.FULFILMENT, serial, 2));
            }
            inTransit.add(new Delivery(orderId, visit.shopper(), serial, d, d + 1, d + 4, d + 1 + transit));
        }

        private void contacts(int d, ShopOperations bot, List<Visit> visits, List<int[]> stockouts,
                List<int[]> browsedOnly, Tally tally) {
            List<SupportContact> contacts = new ArrayList<>();
            Map<Integer, Visit> byNumber = new HashMap<>();
            visits.forEach(visit -> byNumber.put(visit.number(), visit));
            for (Delivery delivery : inTransit) {
                double rate = d > delivery.promised() ? LATE_WISMO_RATE : WISMO_RATE;
                if (delivery.placed() < d && draws.uniform(Source.CONTACTS, delivery.serial(), d, 0) < rate) {
                    String status = delivery.shipped() <= d ? "SHIPPED" : "PLACED";
                    contacts.add(writer.whereIsMyOrder(contactId(d, contacts), at(d, 21 * 3600 + contacts.size()),
                            delivery.shopper().id(), delivery.shopper().language(), delivery.orderId(), status,
                            draws.uniform(Source.CONTACTS, delivery.serial(), d, 1)));
                }
            }
            for (Delivery delivery : deliveredOn.getOrDefault(d - 2, List.of())) {
                if (draws.uniform(Source.CONTACTS, delivery.serial(), d, 2) < RETURN_RATE) {
                    contacts.add(writer.returnRequest(contactId(d, contacts), at(d, 21 * 3600 + contacts.size()),
                            delivery.shopper().id(), delivery.shopper().language(), delivery.orderId(),
                            draws.uniform(Source.CONTACTS, delivery.serial(), d, 3)));
                }
            }
            deliveredOn.remove(d - 2);
            for (int[] stockout : stockouts) {
                Shopper shopper = byNumber.get(stockout[0]).shopper();
                if (draws.uniform(Source.CONTACTS, d, stockout[0], 4) < STOCK_QUESTION_RATE) {
                    Sku sku = catalogue.sku(stockout[1]);
                    contacts.add(writer.stock(contactId(d, contacts), at(d, 21 * 3600 + contacts.size()),
                            shopper.id(), shopper.language(), sku.name(), onHand[sku.index()] > 0,
                            draws.uniform(Source.CONTACTS, d, stockout[0], 5)));
                }
            }
            for (int[] browsed : browsedOnly) {
                Shopper shopper = byNumber.get(browsed[0]).shopper();
                if (draws.uniform(Source.CONTACTS, d, browsed[0], 6) < PRICE_QUESTION_RATE) {
                    Sku sku = catalogue.sku(browsed[1]);
                    contacts.add(writer.price(contactId(d, contacts), at(d, 21 * 3600 + contacts.size()),
                            shopper.id(), shopper.language(), sku.name(), shelfPrice[sku.index()],
                            draws.uniform(Source.CONTACTS, d, browsed[0], 7)));
                }
            }
            for (Visit visit : visits) {
                if (draws.uniform(Source.CONTACTS, d, visit.number(), 8) < OUT_OF_SCOPE_RATE) {
                    contacts.add(writer.outOfScope(contactId(d, contacts), at(d, 21 * 3600 + contacts.size()),
                            visit.shopper().id(), visit.shopper().language(),
                            draws.uniform(Source.CONTACTS, d, visit.number(), 9)));
                }
            }
            for (SupportContact contact : contacts) {
                SupportReply reply = bot.answer(contact);
                boolean correct = contact.answeredCorrectlyBy(reply);
                tally.contacts++;
                if (reply.handedOff()) {
                    tally.supportCost += settings.handoffCost();
                } else {
                    tally.contained++;
                }
                if (correct) {
                    tally.correct++;
                }
                outcomes.add(new ContactOutcome(contact.id(), world.date(d), contact.language(), contact.intent(),
                        contact.text(), reply.text(), reply.intent(), reply.handedOff(), correct));
            }
        }

        private DayTotals close(int d, int visits, int priceChanges, Tally tally) {
            double inventoryValue = 0;
            int stockoutSkus = 0;
            for (int j = 0; j < n; j++) {
                inventoryValue += onHand[j] * catalogue.sku(j).unitCost();
                if (onHand[j] <= 0) {
                    stockoutSkus++;
                }
            }
            return new DayTotals(world.date(d), visits, tally.orders, tally.revenue, tally.costOfGoods,
                    tally.unitsDemanded, tally.unitsFilled, tally.unitsLost, tally.unitsSubstituted, tally.stockoutCost,
                    inventoryValue * settings.holdingCostRate() / 365, tally.orderingCost, tally.purchaseOrderLines,
                    inventoryValue, stockoutSkus, tally.recommendationImpressions, tally.recommendationClicks,
                    tally.recommendationPurchases, tally.recommendationPrecision, priceChanges, tally.contacts,
                    tally.contained, tally.correct, tally.supportCost);
        }

        /** The strip as SKU indexes: unknown codes and repeats dropped, at most k. */
        private int[] strip(List<String> skus) {
            if (skus == null) {
                return new int[0];
            }
            LinkedHashSet<Integer> strip = new LinkedHashSet<>();
            for (String sku : skus) {
                int j = world.indexOf(sku);
                if (j >= 0 && strip.size() < settings.recommendationSlots()) {
                    strip.add(j);
                }
            }
            return strip.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The share of the k slots filled with SKUs of the visitor's true top k by taste. */
        private double precisionAtK(Shopper shopper, int[] strip) {
            int k = Math.min(settings.recommendationSlots(), n);
            double[] top = new double[k];
            Arrays.fill(top, Double.NEGATIVE_INFINITY);
            for (int j = 0; j < n; j++) {
                double taste = storefront.taste(shopper, j);
                if (taste > top[0]) {
                    // top[0] is the smallest of the k largest so far: insert keeping ascending order
                    int i = 1;
                    while (i < k && top[i] < taste) {
                        top[i - 1] = top[i];
                        i++;
                    }
                    top[i - 1] = taste;
                }
            }
            int hits = 0;
            for (int j : strip) {
                if (storefront.taste(shopper, j) >= top[0]) {
                    hits++;
                }
            }
            return hits / (double) settings.recommendationSlots();
        }

        private int index(String skuId) {
            int j = world.indexOf(skuId);
            if (j < 0) {
                throw new IllegalArgumentException("unknown SKU " + skuId);
            }
            return j;
        }

        private Instant at(int d, int secondOfDay) {
            return world.date(d).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(secondOfDay);
        }

        private String contactId(int d, List<SupportContact> soFar) {
            return "T-" + world.date(d).format(ORDER_DAY) + "-" + (soFar.size() + 1);
        }
    }

    /** Running sums of one day. */
    private static final class Tally {
        int orders;
        double revenue;
        double costOfGoods;
        int unitsDemanded;
        int unitsFilled;
        int unitsLost;
        int unitsSubstituted;
        double stockoutCost;
        double orderingCost;
        int purchaseOrderLines;
        int recommendationImpressions;
        int recommendationClicks;
        int recommendationPurchases;
        double recommendationPrecision;
        int contacts;
        int contained;
        int correct;
        double supportCost;
    }
}
