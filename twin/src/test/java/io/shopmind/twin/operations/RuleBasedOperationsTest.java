package io.shopmind.twin.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.twin.catalogue.Sku;
import io.shopmind.twin.event.ShopEvent;
import io.shopmind.twin.stock.PurchaseRequest;
import io.shopmind.twin.support.Intent;
import io.shopmind.twin.support.SupportContact;
import io.shopmind.twin.support.SupportReply;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBasedOperationsTest {

    private static final LocalDate OPENING = LocalDate.of(2026, 1, 1);
    private static final Instant NOON = Instant.parse("2026-01-01T12:00:00Z");
    private final RuleBasedOperations shop = new RuleBasedOperations(new RuleSettings(0.5, 30, 7, 28));

    RuleBasedOperationsTest() {
        shop.open(new ShopSetup(OPENING, "EUR", List.of(
                new Sku(0, "A", "a", "tea", "b", "s", 4.00, 9.99, 7, 2, 6),
                new Sku(1, "B", "b", "tea", "b", "s", 10.00, 19.99, 7, 2, 1),
                new Sku(2, "C", "c", "tea", "b", "s", 2.00, 4.99, 7, 2, 12)), List.of(), 0.25, 15));
    }

    @Test
    void costPlusPricesEndInNinetyNineAndAreSetOnce() {
        assertThat(shop.prices(OPENING)).containsEntry("A", 5.99).containsEntry("B", 14.99).containsEntry("C", 2.99);
        assertThat(shop.prices(OPENING.plusDays(1))).isEmpty();
    }

    @Test
    void ordersUpToThirtyDaysOfAverageSalesInWholeCasePacksOnReviewDays() {
        List<ShopEvent> events = new ArrayList<>();
        events.add(new ShopEvent.Received(NOON, "A", 10, null));
        events.add(new ShopEvent.Received(NOON, "B", 50, null));
        events.add(new ShopEvent.Ordered(NOON, "o-1", "C-1", List.of(new ShopEvent.Line("A", 8, 5.99)), false));
        events.add(new ShopEvent.Ordered(NOON, "o-2", "C-1", List.of(new ShopEvent.Line("B", 14, 14.99)), false));
        shop.record(OPENING, events);

        // A: up to 30 * 8 / 28 = 8.57 with 2 on hand, so 7 units, rounded up to two cases of 6
        // B: up to 30 * 14 / 28 = 15 with 36 on hand: nothing; C sold nothing: nothing
        assertThat(shop.replenish(OPENING.plusDays(7))).containsExactly(PurchaseRequest.of("A", 12));
        // not a review day
        assertThat(shop.replenish(OPENING.plusDays(8))).isEmpty();
        // on order now counts: no second order at the next review
        assertThat(shop.replenish(OPENING.plusDays(14))).isEmpty();
    }

    @Test
    void recommendsBestSellersInStockToEveryone() {
        shop.record(OPENING, List.of(new ShopEvent.Received(NOON, "A", 5, null),
                new ShopEvent.Received(NOON, "B", 5, null),
                new ShopEvent.Ordered(NOON, "o-1", "C-1", List.of(new ShopEvent.Line("B", 3, 14.99)), false),
                new ShopEvent.Ordered(NOON, "o-2", "C-2", List.of(new ShopEvent.Line("A", 5, 5.99)), false)));

        // A sold most but is out of stock; C was never stocked
        assertThat(shop.recommend(OPENING.plusDays(1), List.of("C-1", "C-2"), 3))
                .containsEntry("C-1", List.of("B")).containsEntry("C-2", List.of("B"));
    }

    @Test
    void theFaqBotAnswersReturnsInBothLanguagesAndHandsOffWhatItCannotLookUp() {
        SupportReply english = shop.answer(contact("en", "I want to return order o-1.", Intent.RETURN));
        SupportReply chinese = shop.answer(contact("zh", "我想退货，订单号 o-1。", Intent.RETURN));
        SupportReply stock = shop.answer(contact("en", "Is Classic tea 3 in stock?", Intent.STOCK));

        assertThat(english.text()).contains("30 days");
        assertThat(chinese.text()).contains("30天");
        assertThat(english.handedOff()).isFalse();
        assertThat(stock.handedOff()).isTrue();
    }

    private static SupportContact contact(String language, String text, Intent intent) {
        return new SupportContact("T-1", NOON, "C-1", language, text, intent, List.of());
    }
}
