package io.shopmind.servicesupport.http;

import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/** The request id of the request being served, kept in the logging context so every log line carries it. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Ids a client may choose: short and printable, so they cannot forge log lines. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    public static String current() {
        return MDC.get(MDC_KEY);
    }

    /** The client's id if it is acceptable, otherwise a new one. */
    public static String acceptOrCreate(String fromClient) {
        if (fromClient != null && ACCEPTABLE.matcher(fromClient).matches()) {
            return fromClient;
        }
        return UUID.randomUUID().toString();
    }
}
