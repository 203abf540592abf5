/**
 * Pure Java (no Spring, JPA or servlet): the guardrails a proposed price passes in a stated order (cost and margin
 * floor, MAP, floor and ceiling, maximum change per day and week, competitor rules, price endings), with the one
 * that bound recorded.
 */
package io.shopmind.pricing.guardrail;
