package io.shopmind.pricing.proposal;

/** Where a proposal is in its life. */
public enum ProposalStatus {
    PENDING, APPROVED, REJECTED,
    /** A later run proposed a price for the same SKU before this one was decided. */
    SUPERSEDED
}
