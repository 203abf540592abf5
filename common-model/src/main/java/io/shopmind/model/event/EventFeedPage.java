package io.shopmind.model.event;

import java.util.List;

/**
 * An answer of the gateway's event feed ({@code GET /internal/v1/events?consumer=&after=&limit=}): the events after
 * the consumer's position, in position order, and the log's head (its highest position) when it was read.
 */
public record EventFeedPage(List<LoggedEvent> events, long head) {
}
