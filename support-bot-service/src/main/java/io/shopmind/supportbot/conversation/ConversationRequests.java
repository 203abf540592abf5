package io.shopmind.supportbot.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies the conversation endpoints take; every field bounded. */
final class ConversationRequests {

    static final int MAX_TEXT = 1_000;

    private ConversationRequests() {
    }

    /** @param customerId the shopper as the storefront knows them, or null for a visitor */
    record Start(@Size(min = 1, max = 64) @Pattern(regexp = "[^\\p{Cntrl}]+") String customerId) {
    }

    record Say(@NotBlank @Size(max = MAX_TEXT) String text) {
    }

}
