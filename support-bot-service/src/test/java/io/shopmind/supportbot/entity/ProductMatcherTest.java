package io.shopmind.supportbot.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProductMatcherTest {

    private final ProductMatcher matcher = new ProductMatcher(List.of(
            new ProductMatcher.Product("SKU-001", List.of("Blue Teapot", "蓝色茶壶")),
            new ProductMatcher.Product("SKU-002", List.of("Ceramic Mug", "陶瓷杯")),
            new ProductMatcher.Product("SKU-003", List.of("Green Tea 100g", "绿茶"))), 0.6);

    @Test
    void matchesANameInsideASentenceDespiteATypo() {
        List<ProductMatcher.Match> found = matcher.find("do you have the blue teapott in stock?");

        assertThat(found).first().satisfies(match -> {
            assertThat(match.sku()).isEqualTo("SKU-001");
            assertThat(match.name()).isEqualTo("Blue Teapot");
            assertThat(match.score()).isGreaterThan(0.6);
        });
    }

    @Test
    void matchesChineseNamesByCharacters() {
        assertThat(matcher.find("陶瓷杯多少钱")).extracting(ProductMatcher.Match::sku).containsExactly("SKU-002");
        assertThat(matcher.find("蓝色的茶壶有货吗")).extracting(ProductMatcher.Match::sku).first().isEqualTo("SKU-001");
    }

    @Test
    void matchesASkuCodeExactly() {
        assertThat(matcher.find("is sku-003 available")).first()
                .satisfies(match -> assertThat(match.score()).isEqualTo(1.0))
                .extracting(ProductMatcher.Match::sku).isEqualTo("SKU-003");
    }

    @Test
    void matchesNothingUnrelated() {
        assertThat(matcher.find("where is my parcel")).isEmpty();
        assertThat(matcher.find("我的订单在哪里")).isEmpty();
    }

    @Test
    void scoresTheShareOfTheNamesTrigramsTheMessageContains() {
        // "ceramic mug" has 10 trigrams (" ce", "cer", "era", "ram", "ami", "mic", "ic ", " mu", "mug", "ug "),
        // "a mug" contains 3 of them
        assertThat(ProductMatcher.grams("Ceramic Mug")).hasSize(10);
        List<ProductMatcher.Match> loose = new ProductMatcher(List.of(
                new ProductMatcher.Product("SKU-002", List.of("Ceramic Mug"))), 0.2).find("a mug");
        assertThat(loose).singleElement().satisfies(match -> assertThat(match.score()).isEqualTo(3.0 / 10));
    }
}
