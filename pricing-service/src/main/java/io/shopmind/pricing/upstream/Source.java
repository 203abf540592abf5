package io.shopmind.pricing.upstream;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where data another service owns came from. */
public enum Source {
    /** Just read from the service. */
    LIVE,
    /** The service could not answer; the last copy it gave is used. */
    STORED,
    /** Neither the service nor a stored copy has it. */
    NONE;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
