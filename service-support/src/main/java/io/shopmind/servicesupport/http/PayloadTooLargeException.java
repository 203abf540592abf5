package io.shopmind.servicesupport.http;

import java.io.IOException;

/** A request body longer than the service accepts. */
public class PayloadTooLargeException extends IOException {

    private final long maxBytes;

    public PayloadTooLargeException(long maxBytes) {
        super("The request body is larger than the limit of " + maxBytes + " bytes.");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
