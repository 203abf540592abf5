package io.shopmind.recommendation.experiment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * @param controlVersion    the model version most shoppers keep
 * @param treatmentVersion  the model version under test
 * @param treatmentShare    the share of shoppers who get the treatment, 0.5 when left out
 * @param attributionHours  hours after an impression in which a click or purchase counts, 24 when left out
 */
public record ExperimentRequest(@NotBlank String name, @NotNull Long controlVersion, @NotNull Long treatmentVersion,
        @DecimalMin("0.0") @DecimalMax("1.0") Double treatmentShare, @Positive Integer attributionHours) {
}
