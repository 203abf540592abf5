package io.shopmind.inventory.purchasing;

import io.shopmind.inventory.stock.PurchaseOrderReceiving;
import io.shopmind.inventory.stock.StockLedger;
import io.shopmind.inventory.stock.StockLevel;
import io.shopmind.model.problem.FieldError;
import io.shopmind.servicesupport.problem.ConflictException;
import io.shopmind.servicesupport.problem.InvalidInputException;
import io.shopmind.servicesupport.problem.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Places purchase orders (raising units on order) and books receipts against them (moving on order to on hand). */
@Service
public class Purchasing implements PurchaseOrderReceiving {

    private static final Logger log = LoggerFactory.getLogger(Purchasing.class);

    /** One line to order. */
    public record OrderLine(String sku, long quantity, BigDecimal unitCost) {
    }

    private final PurchaseOrderRepository orders;
    private final StockLedger ledger;
    private final Clock clock;

    public Purchasing(PurchaseOrderRepository orders, StockLedger ledger, Clock clock) {
        this.orders = orders;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Places an order; {@code supplierMinimum} is the supplier's minimum order value, flagged when not reached. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PurchaseOrder place(UUID planId, String supplier, String warehouse, String currency, LocalDate orderDate,
            LocalDate expectedAt, BigDecimal supplierMinimum, List<OrderLine> lines) {
        PurchaseOrder order = new PurchaseOrder(planId, supplier, warehouse, currency, orderDate, expectedAt,
                clock.instant());
        for (OrderLine line : lines) {
            order.add(new PurchaseOrderLine(line.sku(), line.quantity(), line.unitCost()));
            ledger.changeOnOrder(new StockLedger.Key(line.sku(), warehouse), line.quantity());
        }
        order.belowSupplierMinimum(order.total().compareTo(supplierMinimum) < 0);
        return orders.save(order);
    }

    /** Books a receipt from the API: units arrive on hand, and units on order fall. */
    @Transactional
    public PurchaseOrder receive(UUID id, List<ReceiptRequest.Line> received) {
        PurchaseOrder order = orders.findById(id).orElseThrow(() -> new NotFoundException("No purchase order " + id));
        List<ReceiptRequest.Line> lines = received;
        if (lines == null || lines.isEmpty()) {
            lines = order.lines().stream().filter(l -> l.outstanding() > 0)
                    .map(l -> new ReceiptRequest.Line(l.sku(), l.outstanding())).toList();
            if (lines.isEmpty()) {
                throw new ConflictException("Purchase order " + id + " has been received in full.");
            }
        }
        List<FieldError> errors = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ReceiptRequest.Line line = lines.get(i);
            Optional<PurchaseOrderLine> ordered = order.line(line.sku());
            if (!seen.add(line.sku())) {
                errors.add(new FieldError("lines[" + i + "].sku", line.sku() + " is listed twice"));
            } else if (ordered.isEmpty()) {
                errors.add(new FieldError("lines[" + i + "].sku", line.sku() + " is not on this purchase order"));
            } else if (line.quantity() > ordered.get().outstanding()) {
                throw new ConflictException("Line " + i + ": " + line.quantity() + " units of " + line.sku()
                        + " received but only " + ordered.get().outstanding() + " outstanding; nothing was booked.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The receipt has lines the order cannot take.", errors);
        }
        List<StockLedger.Key> keys = lines.stream()
                .map(l -> new StockLedger.Key(l.sku(), order.warehouse())).toList();
        ledger.open(keys);
        Map<StockLedger.Key, StockLevel> levels = ledger.lock(keys);
        for (ReceiptRequest.Line line : lines) {
            StockLedger.Key key = new StockLedger.Key(line.sku(), order.warehouse());
            long counted = order.line(line.sku()).orElseThrow().receive(line.quantity());
            levels.put(key, ledger.receive(levels.get(key), line.quantity(), order.id().toString(), null));
            ledger.changeOnOrder(key, -counted);
        }
        order.updateStatus();
        return orders.save(order);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void receivedFromEvent(String purchaseOrderId, String sku, String warehouse, long quantity) {
        Optional<PurchaseOrder> order = parse(purchaseOrderId).flatMap(orders::findById);
        Optional<PurchaseOrderLine> line = order.flatMap(o -> o.line(sku));
        if (line.isEmpty()) {
            log.warn("Stock of {} received for purchase order {}, which does not order it", sku, purchaseOrderId);
            return;
        }
        long counted = line.get().receive(quantity);
        ledger.changeOnOrder(new StockLedger.Key(sku, order.get().warehouse()), -counted);
        order.get().updateStatus();
        orders.save(order.get());
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
