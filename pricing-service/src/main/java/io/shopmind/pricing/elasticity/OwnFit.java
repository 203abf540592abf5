package io.shopmind.pricing.elasticity;

/**
 * What a SKU's own history says about its elasticity: a fit, or why there is none.
 */
public sealed interface OwnFit {

    /**
     * A fitted own-price elasticity with its standard error.
     *
     * @param method             {@code log-log OLS} or {@code Poisson GLM}
     * @param crossElasticity    the response to the category's other prices, when significant at 5 %, else null
     * @param controls           the controls in the model, e.g. {@code trend, weekly, promo}
     */
    record Fitted(double elasticity, double standardError, int degreesOfFreedom, String method, int observations,
            Double crossElasticity, Double crossStandardError, String controls) implements OwnFit {
    }

    /** The data cannot support an estimate, and why (too few periods, prices that barely vary, ...). */
    record Unsupported(String reason, int observations) implements OwnFit {
    }
}
