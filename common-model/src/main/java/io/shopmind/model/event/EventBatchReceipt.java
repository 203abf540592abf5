package io.shopmind.model.event;

/**
 * A service's answer to an event batch sent to its own intake: how many events it received, how many it applied
 * for the first time, how many it had already seen (and so ignored), and how many it could not apply and put in its
 * dead-letter table.
 */
public record EventBatchReceipt(String service, int received, int accepted, int duplicates, int deadLettered) {
}
