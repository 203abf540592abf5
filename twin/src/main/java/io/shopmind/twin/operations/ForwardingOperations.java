package io.shopmind.twin.operations;

import io.shopmind.twin.event.ShopEvent;
import io.shopmind.twin.stock.PurchaseOrder;
import io.shopmind.twin.stock.PurchaseRequest;
import io.shopmind.twin.support.SupportContact;
import io.shopmind.twin.support.SupportReply;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Operations that pass every call to another; override the calls to watch or change. */
public class ForwardingOperations implements ShopOperations {

    private final ShopOperations delegate;

    public ForwardingOperations(ShopOperations delegate) {
        this.delegate = delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public void open(ShopSetup setup) {
        delegate.open(setup);
    }

    @Override
    public Map<String, Double> prices(LocalDate day) {
        return delegate.prices(day);
    }

    @Override
    public List<PurchaseRequest> replenish(LocalDate day) {
        return delegate.replenish(day);
    }

    @Override
    public Map<String, List<String>> recommend(LocalDate day, List<String> shoppers, int k) {
        return delegate.recommend(day, shoppers, k);
    }

    @Override
    public void record(LocalDate day, List<ShopEvent> events) {
        delegate.record(day, events);
    }

    @Override
    public SupportReply answer(SupportContact contact) {
        return delegate.answer(contact);
    }

    @Override
    public void takeOver(LocalDate day, List<PurchaseOrder> openOrders) {
        delegate.takeOver(day, openOrders);
    }

    @Override
    public List<String> notes() {
        return delegate.notes();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
