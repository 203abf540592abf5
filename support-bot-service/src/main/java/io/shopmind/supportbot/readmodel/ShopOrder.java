package io.shopmind.supportbot.readmodel;

import java.time.Instant;

/** An order as the bot knows it from {@code OrderPlaced} and {@code OrderStatusChanged}. */
public record ShopOrder(String orderId, String customerId, String status, Instant placedAt, Instant statusAt,
        int lines) {
}
