package io.shopmind.model.event;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The domain of every payload field, as the gateway checks it. */
class EventPayloadConstraintsTest {

    private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
    private static final Validator validator = factory.getValidator();
    private static final Money PRICE = new Money(new BigDecimal("9.99"), "EUR");

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void everyTypeNamesItsPayloadRecord() {
        for (EventType type : EventType.values()) {
            assertThat(type.payloadType().getSimpleName()).isEqualTo(type.name());
        }
    }

    @Test
    void takesAWellFormedOrder() {
        assertThat(violations(new OrderPlaced("o-1", "C-1", null, List.of(new OrderLine("SKU-1", 2, PRICE)))))
                .isEmpty();
    }

    @Test
    void namesEachBadFieldOfAnOrder() {
        OrderPlaced order = new OrderPlaced("o-1", " ", "main\u0000", List.of(
                new OrderLine("SKU-1", 1, PRICE), new OrderLine("SKU-2", 1, PRICE),
                new OrderLine("", 0, new Money(new BigDecimal("-1"), "EURO"))));

        assertThat(violations(order)).containsExactly("customerId", "lines[2].quantity", "lines[2].sku",
                "lines[2].unitPrice.amount", "lines[2].unitPrice.currency", "warehouse");
    }

    @Test
    void wantsAtLeastOneAndAtMostFiveHundredLines() {
        List<OrderLine> tooMany = Collections.nCopies(OrderPlaced.MAX_LINES + 1, new OrderLine("SKU-1", 1, PRICE));

        assertThat(violations(new OrderPlaced("o-1", "C-1", null, List.of()))).containsExactly("lines");
        assertThat(violations(new OrderPlaced("o-1", "C-1", null, tooMany))).containsExactly("lines");
        assertThat(violations(new OrderPlaced("o-1", "C-1", null,
                Collections.nCopies(OrderPlaced.MAX_LINES, new OrderLine("SKU-1", 1, PRICE))))).isEmpty();
    }

    @Test
    void boundsQuantitiesAndAmounts() {
        assertThat(violations(new StockReceived("SKU-1", null, 1_000_000, null))).isEmpty();
        assertThat(violations(new StockReceived("SKU-1", null, 1_000_001, null))).containsExactly("quantity");
        assertThat(violations(new StockAdjusted("SKU-1", null, -1_000_001, "count"))).containsExactly("delta");
        assertThat(violations(new CompetitorPriceObserved("SKU-1", "rival",
                new Money(new BigDecimal("1E+308"), "EUR")))).containsExactly("price.amount");
        assertThat(violations(new CompetitorPriceObserved("SKU-1", "rival",
                new Money(new BigDecimal("0.00001"), "EUR")))).containsExactly("price.amount");
        assertThat(violations(new CompetitorPriceObserved("SKU-1", "rival",
                new Money(new BigDecimal("999999999999.9999"), "XXX")))).isEmpty();
    }

    @Test
    void wantsAShopperOnViewsAndCarts() {
        assertThat(violations(new ProductViewed("SKU-1", null, "s-1"))).isEmpty();
        assertThat(violations(new ProductViewed("SKU-1", null, null))).containsExactly("shopperNamed");
        assertThat(violations(new AddedToCart("SKU-1", "C-1", null, 0))).containsExactly("quantity");
    }

    @Test
    void refusesControlCharactersAndOverlongText() {
        assertThat(violations(new CatalogItemUpserted("SKU-1", "Mug\n", "mugs", null, PRICE, true)))
                .containsExactly("name");
        assertThat(violations(new CatalogItemUpserted("S".repeat(65), "Mug", null, null, null, true)))
                .containsExactly("sku");
        assertThat(violations(new PriceChanged("SKU-1", PRICE, null, "r".repeat(201)))).containsExactly("reason");
    }

    @Test
    void keysSkuEventsBySkuAndShopperEventsByShopper() {
        assertThat(new StockReceived("SKU-1", null, 1, null).key()).isEqualTo("SKU-1");
        assertThat(new ProductViewed("SKU-1", null, "s-1").key()).isEqualTo("s-1");
        assertThat(new OrderPlaced("o-1", "C-1", null, List.of()).key()).isEqualTo("C-1");
    }

    private static Set<String> violations(Object payload) {
        return validator.validate(payload).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
