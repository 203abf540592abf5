package io.shopmind.supportbot.action;

/** Another service did not answer usefully (refused, timed out, failed): the bot says it cannot check right now. */
public class ServiceUnavailableException extends Exception {

    private final String service;

    public ServiceUnavailableException(String service, Throwable cause) {
        super(service + " did not answer: " + (cause == null ? "" : cause.getMessage()), cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
