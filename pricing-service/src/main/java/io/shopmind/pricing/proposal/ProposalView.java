package io.shopmind.pricing.proposal;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A proposal as ops see it. */
public record ProposalView(long id, UUID runId, String sku, String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal currentPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal proposedPrice, double changePercent,
        ProposalStatus status, ProposalReason reason, Instant createdAt, String decidedBy, Instant decidedAt,
        String decisionNote) {
}
