package io.shopmind.recommendation.interaction;

/** Receives the events of an interaction file one line at a time, as a reader parses them. */
@FunctionalInterface
public interface InteractionSink {

    /**
     * @param lineNumber the 1-based line the event came from
     * @param eventType  the event type as written in the file
     * @param weight     the event's implicit-feedback weight
     * @param timestamp  epoch seconds
     */
    void accept(long lineNumber, String user, String item, String eventType, double weight, long timestamp);
}
