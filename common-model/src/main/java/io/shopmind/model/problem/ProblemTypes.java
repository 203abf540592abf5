package io.shopmind.model.problem;

import java.net.URI;

/** The {@code type} URIs of ShopMind's RFC 9457 problem responses. */
public final class ProblemTypes {

    private static final String BASE = "https://shopmind.io/problems/";

    public static final URI VALIDATION = URI.create(BASE + "validation");
    public static final URI MALFORMED_REQUEST = URI.create(BASE + "malformed-request");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI METHOD_NOT_ALLOWED = URI.create(BASE + "method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(BASE + "unsupported-media-type");
    public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    public static final URI SERVICE_UNAVAILABLE = URI.create(BASE + "service-unavailable");
    public static final URI GATEWAY_TIMEOUT = URI.create(BASE + "gateway-timeout");
    public static final URI EVENT_LOG_UNAVAILABLE = URI.create(BASE + "event-log-unavailable");
    public static final URI EVENT_LOG_BUSY = URI.create(BASE + "event-log-busy");
    public static final URI EVENT_REJECTED = URI.create(BASE + "event-rejected");
    public static final URI INTERNAL = URI.create(BASE + "internal-error");

    private ProblemTypes() {
    }
}
