package io.shopmind.forecast.neural;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;

/**
 * The pinball (quantile) loss averaged over steps and probabilities (Koenker &amp; Bassett 1978; as used
 * for direct multi-horizon quantile forecasts by Wen et al. 2017, "A Multi-Horizon Quantile Recurrent
 * Forecaster"): {@code max(p u, (p - 1) u)} with {@code u = y - q}. Predictions are laid out as
 * {@code (batch, horizon * probabilities)}, step-major; labels as {@code (batch, horizon)}.
 */
final class PinballLoss extends Loss {

    private final float[] probabilities;

    PinballLoss(double[] probabilities) {
        super("pinball");
        this.probabilities = new float[probabilities.length];
        for (int k = 0; k < probabilities.length; k++) {
            this.probabilities[k] = (float) probabilities[k];
        }
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray prediction = predictions.singletonOrThrow();
        long batch = prediction.getShape().get(0);
        int count = probabilities.length;
        NDArray quantiles = prediction.reshape(new Shape(batch, -1, count));
        NDArray actual = labels.singletonOrThrow().reshape(new Shape(batch, -1, 1));
        NDArray p = prediction.getManager().create(probabilities, new Shape(1, 1, count));
        NDArray u = actual.sub(quantiles);
        return u.mul(p).maximum(u.mul(p.sub(1))).mean();
    }
}
