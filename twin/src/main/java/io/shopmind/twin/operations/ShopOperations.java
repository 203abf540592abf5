package io.shopmind.twin.operations;

import io.shopmind.twin.event.ShopEvent;
import io.shopmind.twin.stock.PurchaseOrder;
import io.shopmind.twin.stock.PurchaseRequest;
import io.shopmind.twin.support.SupportContact;
import io.shopmind.twin.support.SupportReply;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The decisions the twin asks a shop's operations for, in the order of a simulated day: prices and purchase orders
 * in the morning, a list of recommendations for each visitor, the day's events in the evening, then the support
 * contacts of the day. An implementation sees only what a real shop sees: the catalogue, the marketing calendar and
 * the events; never the shoppers' tastes or the SKUs' elasticities.
 */
public interface ShopOperations extends AutoCloseable {

    /** The arm's name in reports, e.g. {@code rules} or {@code suite}. */
    String name();

    /** The shop opens. */
    void open(ShopSetup setup);

    /** Shelf prices to set before the shop opens on {@code day}; SKUs left out keep their price. */
    Map<String, Double> prices(LocalDate day);

    /** Orders to place with the suppliers on {@code day}; the supplier rounds up to whole case packs. */
    List<PurchaseRequest> replenish(LocalDate day);

    /** Up to {@code k} SKUs to show each of the day's visitors, best first. */
    Map<String, List<String>> recommend(LocalDate day, List<String> shoppers, int k);

    /** The storefront's events of one day, in time order. */
    void record(LocalDate day, List<ShopEvent> events);

    /** A shopper's message to support, answered after the day's events were recorded. */
    SupportReply answer(SupportContact contact);

    /**
     * From {@code day} on, these operations decide (before, another set ran the shop and these only recorded its
     * events); the purchase orders placed before are still on their way.
     */
    default void takeOver(LocalDate day, List<PurchaseOrder> openOrders) {
    }

    /** What these operations could not do as asked (a service without the API yet, say), for the report. */
    default List<String> notes() {
        return List.of();
    }

    @Override
    default void close() {
    }

    /** Whole case packs covering {@code units}. */
    static int roundUpToCasePacks(int units, int casePack) {
        return units <= 0 ? 0 : ((units + casePack - 1) / casePack) * casePack;
    }
}
