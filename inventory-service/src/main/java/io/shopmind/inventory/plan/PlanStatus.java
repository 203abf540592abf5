package io.shopmind.inventory.plan;

/** Where a plan is in its life. */
public enum PlanStatus {
    RUNNING, PROPOSED, APPROVED, FAILED
}
