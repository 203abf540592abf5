package io.shopmind.supportbot.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    private static final ProductMatcher CATALOGUE = new ProductMatcher(List.of(
            new ProductMatcher.Product("SKU-001", List.of("Blue Teapot", "蓝色茶壶")),
            new ProductMatcher.Product("SKU-002", List.of("Ceramic Mug", "陶瓷杯"))), 0.6);

    @Test
    void findsOrderNumbersButNotSkusDatesOrQuantities() {
        Entities found = EntityExtractor.extract(
                "Order A-10023 had 2 pcs of SKU-001, ordered 2026-02-14; also #55012", TODAY, CATALOGUE);

        assertThat(found.orderNumbers()).containsExactly("A-10023", "55012");
        assertThat(found.products()).extracting(ProductMatcher.Match::sku).containsExactly("SKU-001");
        assertThat(found.quantity()).isEqualTo(2);
        assertThat(found.date()).isEqualTo(LocalDate.of(2026, 2, 14));
    }

    @Test
    void findsOrderNumbersInsideChineseText() {
        Entities found = EntityExtractor.extract("帮我查下订单A-10023到哪了", TODAY, CATALOGUE);

        assertThat(found.orderNumbers()).containsExactly("A-10023");
    }

    @Test
    void findsEmailsWithoutTakingThemForOrders() {
        Entities found = EntityExtractor.extract("my email is li.wei2024@example.com", TODAY, CATALOGUE);

        assertThat(found.email()).isEqualTo("li.wei2024@example.com");
        assertThat(found.orderNumbers()).isEmpty();
    }

    @Test
    void readsChineseQuantities() {
        assertThat(EntityExtractor.quantity("我要两件陶瓷杯")).isEqualTo(2);
        assertThat(EntityExtractor.quantity("三个")).isEqualTo(3);
        assertThat(EntityExtractor.quantity("x4 please")).isEqualTo(4);
        assertThat(EntityExtractor.quantity("where is my order")).isNull();
    }
}
