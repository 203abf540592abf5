package io.shopmind.recommendation.serving;

import java.util.List;

/**
 * What a request asks of a list besides its subject.
 *
 * @param category      only items of this category, when set
 * @param exclude       leave out what the shopper {@code bought}, has {@code seen}, or {@code none}
 * @param inStock       leave out items inventory-service reports out of stock
 * @param rules         merchandising rules, the configured ones and the request's together
 * @param pinned        skus shown first
 */
public record ListOptions(int k, String category, Exclusion exclude, boolean inStock, Merchandising rules,
        List<String> pinned) {

    /** Which of the shopper's own items a list leaves out. */
    public enum Exclusion { BOUGHT, SEEN, NONE }
}
