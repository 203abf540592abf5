package io.shopmind.gateway.events;

/** The log could not confirm that a batch is durable (its broker or database did not answer in time). */
public class EventLogUnavailableException extends RuntimeException {

    public EventLogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
