package io.shopmind.model.event;

/**
 * The gateway's answer to an event batch: it is durable in the event log. {@code appended} events were new to the
 * log; {@code duplicates} had an id the log already held (an earlier send of the same batch) and were dropped.
 */
public record EventLogReceipt(int received, int appended, int duplicates) {
}
