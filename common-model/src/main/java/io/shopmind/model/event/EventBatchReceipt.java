package io.shopmind.model.event;

/**
 * A service's answer to an event batch: how many events it received, how many were new,
 * and how many it had already seen (and so ignored).
 */
public record EventBatchReceipt(String service, int received, int accepted, int duplicates) {
}
