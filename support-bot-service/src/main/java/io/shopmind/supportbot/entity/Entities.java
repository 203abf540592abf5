package io.shopmind.supportbot.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What a message says besides its intent.
 *
 * @param orderNumbers order-number candidates in the order written (the dialogue checks them against the orders)
 * @param products     the products named, best first
 */
public record Entities(List<String> orderNumbers, List<ProductMatcher.Match> products, String email,
        Integer quantity, LocalDate date) {

    public static final Entities NONE = new Entities(List.of(), List.of(), null, null, null);
}
