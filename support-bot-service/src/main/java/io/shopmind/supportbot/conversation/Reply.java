package io.shopmind.supportbot.conversation;

/**
 * One bot message.
 *
 * @param source where the answer came from: an FAQ article ({@code faq:returns-en}), a service
 *               ({@code inventory}, {@code pricing}, {@code recommendation}, {@code orders}), or null
 */
public record Reply(String text, String source) {
}
