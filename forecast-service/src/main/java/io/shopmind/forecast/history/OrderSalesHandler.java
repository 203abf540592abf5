package io.shopmind.forecast.history;

import io.shopmind.forecast.ForecastProperties;
import io.shopmind.model.event.EventEnvelope;
import io.shopmind.model.event.EventType;
import io.shopmind.model.event.OrderLine;
import io.shopmind.model.event.OrderPlaced;
import io.shopmind.servicesupport.event.EventHandler;
import io.shopmind.servicesupport.event.EventRejectedException;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns orders into daily sales per SKU: each {@code OrderPlaced} line adds its quantity to the SKU's sales on the
 * order's UTC date, and its unit price becomes that day's price. Days without orders between a SKU's first and last
 * sale are zero sales. An order is taken whole: one with a line it cannot read (no SKU, a quantity below one) is
 * rejected and dead-lettered, not booked in part. The gateway refuses such orders, so this guards direct intake.
 */
@Component
public class OrderSalesHandler implements EventHandler {

    private final JdbcTemplate jdbc;
    private final JsonMapper jsonMapper;
    private final SalesHistoryStore store;
    private final ForecastProperties properties;

    public OrderSalesHandler(JdbcTemplate jdbc, JsonMapper jsonMapper, SalesHistoryStore store,
            ForecastProperties properties) {
        this.jdbc = jdbc;
        this.jsonMapper = jsonMapper;
        this.store = store;
        this.properties = properties;
    }

    @Override
    public Set<EventType> types() {
        return Set.of(EventType.OrderPlaced);
    }

    @Override
    public void handle(List<EventEnvelope> newEvents) {
        // sum per (sku, day) first, so a batch touches each row once and in a fixed order
        Map<Sale, Double> quantities = new LinkedHashMap<>();
        Map<Sale, BigDecimal> prices = new LinkedHashMap<>();
        for (EventEnvelope event : newEvents) {
            OrderPlaced order = read(event);
            LocalDate day = event.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate();
            for (OrderLine line : order.lines()) {
                Sale sale = new Sale(line.sku(), day);
                quantities.merge(sale, (double) line.quantity(), Double::sum);
                if (line.unitPrice() != null && line.unitPrice().amount() != null) {
                    prices.put(sale, line.unitPrice().amount());
                }
            }
        }
        if (quantities.isEmpty()) {
            return;
        }
        List<String> skus = quantities.keySet().stream().map(Sale::sku).distinct().sorted().toList();
        jdbc.batchUpdate("INSERT INTO series (id, frequency, seasonal_period) VALUES (?, 'daily', ?) "
                + "ON CONFLICT (id) DO NOTHING", skus.stream()
                .map(sku -> new Object[] {sku, properties.dailySeason()}).toList());
        List<Object[]> rows = new ArrayList<>(quantities.size());
        quantities.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> a.sku().equals(b.sku())
                        ? a.day().compareTo(b.day()) : a.sku().compareTo(b.sku())))
                .forEach(e -> rows.add(new Object[] {e.getKey().sku(), Date.valueOf(e.getKey().day()), e.getValue(),
                        prices.get(e.getKey())}));
        jdbc.batchUpdate("""
                INSERT INTO observation AS o (series_id, ds, y, price) VALUES (?, ?, ?, ?)
                ON CONFLICT (series_id, ds) DO UPDATE SET y = o.y + EXCLUDED.y, price = coalesce(EXCLUDED.price, o.price)""",
                rows);
        store.fillMissing(skus, Frequency.DAILY);
    }

    private OrderPlaced read(EventEnvelope event) {
        OrderPlaced order;
        try {
            order = jsonMapper.convertValue(event.payload(), OrderPlaced.class);
        } catch (IllegalArgumentException | JacksonException e) {
            throw unreadable(event, e.getMessage());
        }
        if (order.lines() == null || order.lines().isEmpty()) {
            throw unreadable(event, "the order has no lines");
        }
        for (OrderLine line : order.lines()) {
            if (line == null || line.sku() == null || line.sku().isBlank() || line.quantity() <= 0) {
                throw unreadable(event, "a line has no SKU or a quantity below one");
            }
        }
        return order;
    }

    private static EventRejectedException unreadable(EventEnvelope event, String why) {
        return new EventRejectedException(event.eventId(), "unreadable-payload", "Order event " + event.eventId()
                + " cannot be booked as sales: " + why + ".");
    }

    private record Sale(String sku, LocalDate day) {
    }
}
