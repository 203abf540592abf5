package io.shopmind.twin.operations;

import io.shopmind.twin.catalogue.Sku;
import io.shopmind.twin.event.ShopEvent;
import io.shopmind.twin.stock.PurchaseOrder;
import io.shopmind.twin.stock.PurchaseRequest;
import io.shopmind.twin.support.SupportContact;
import io.shopmind.twin.support.SupportReply;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A shop run by fixed rules, in memory: cost-plus prices, order up to a number of days of average sales at each
 * review, the best sellers of the sales window (in stock) as everyone's recommendations, and the {@link FaqBot}.
 * It keeps its own stock count from the events, as a shop's spreadsheet would.
 */
public final class RuleBasedOperations implements ShopOperations {

    private final RuleSettings settings;
    private final FaqBot bot = new FaqBot();
    private final Map<String, Integer> skuIndex = new HashMap<>();
    private List<Sku> skus;
    private LocalDate firstDay;
    private int[] onHand;
    private int[] onOrder;
    /** Units sold per SKU per day, in a ring of {@code salesWindowDays}. */
    private int[][] sales;
    private boolean priced;

    public RuleBasedOperations(RuleSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "rules";
    }

    public RuleSettings settings() {
        return settings;
    }

    @Override
    public void open(ShopSetup setup) {
        skus = setup.skus();
        firstDay = setup.firstDay();
        onHand = new int[skus.size()];
        onOrder = new int[skus.size()];
        sales = new int[settings.salesWindowDays()][skus.size()];
        for (int i = 0; i < skus.size(); i++) {
            skuIndex.put(skus.get(i).id(), i);
        }
    }

    @Override
    public Map<String, Double> prices(LocalDate day) {
        if (priced) {
            return Map.of();
        }
        priced = true;
        Map<String, Double> prices = new LinkedHashMap<>();
        for (Sku sku : skus) {
            prices.put(sku.id(), Math.ceil(sku.unitCost() * (1 + settings.markup())) - 0.01);
        }
        return prices;
    }

    @Override
    public List<PurchaseRequest> replenish(LocalDate day) {
        List<PurchaseRequest> orders = new ArrayList<>();
        if (ChronoUnit.DAYS.between(firstDay, day) % settings.reviewDays() != 0) {
            return orders;
        }
        int[] windowSales = windowSales();
        for (int i = 0; i < skus.size(); i++) {
            double averageDailySales = windowSales[i] / (double) settings.salesWindowDays();
            double orderUpTo = settings.coverageDays() * averageDailySales;
            int position = onHand[i] + onOrder[i];
            if (averageDailySales > 0 && position < orderUpTo) {
                int units = ShopOperations.roundUpToCasePacks((int) Math.ceil(orderUpTo - position),
                        skus.get(i).casePack());
                onOrder[i] += units;
                orders.add(PurchaseRequest.of(skus.get(i).id(), units));
            }
        }
        return orders;
    }

    @Override
    public Map<String, List<String>> recommend(LocalDate day, List<String> shoppers, int k) {
        int[] windowSales = windowSales();
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            if (onHand[i] > 0) {
                ranked.add(i);
            }
        }
        // best sellers first; ties by catalogue order, so the list is the same every time
        ranked.sort(Comparator.comparingInt((Integer i) -> -windowSales[i]).thenComparingInt(i -> i));
        List<String> list = ranked.stream().limit(k).map(i -> skus.get(i).id()).toList();
        Map<String, List<String>> lists = new HashMap<>();
        shoppers.forEach(shopper -> lists.put(shopper, list));
        return lists;
    }

    @Override
    public void record(LocalDate day, List<ShopEvent> events) {
        int[] today = sales[(int) (ChronoUnit.DAYS.between(firstDay, day) % settings.salesWindowDays())];
        Arrays.fill(today, 0);
        for (ShopEvent event : events) {
            if (event instanceof ShopEvent.Ordered order) {
                for (ShopEvent.Line line : order.lines()) {
                    int i = skuIndex.get(line.sku());
                    onHand[i] -= line.quantity();
                    today[i] += line.quantity();
                }
            } else if (event instanceof ShopEvent.Received receipt) {
                int i = skuIndex.get(receipt.sku());
                onHand[i] += receipt.quantity();
                if (receipt.purchaseOrderId() != null) {
                    onOrder[i] = Math.max(0, onOrder[i] - receipt.quantity());
                }
            }
        }
    }

    @Override
    public SupportReply answer(SupportContact contact) {
        return bot.answer(contact);
    }

    @Override
    public void takeOver(LocalDate day, List<PurchaseOrder> openOrders) {
        Arrays.fill(onOrder, 0);
        openOrders.forEach(order -> onOrder[skuIndex.get(order.sku())] += order.quantity());
    }

    private int[] windowSales() {
        int[] total = new int[skus.size()];
        for (int[] day : sales) {
            for (int i = 0; i < total.length; i++) {
                total[i] += day[i];
            }
        }
        return total;
    }
}
