package io.shopmind.recommendation.experiment;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * @param controlVersion    the model version most shoppers keep
 * @param treatmentVersion  the model version under test
 * @param treatmentShare    the share of shoppers who get the treatment, 0.5 when left out
 * @param attributionHours  hours after an impression in which a click or purchase counts, 24 when left out
 */
public record ExperimentRequest(@NotBlank @Size(max = 200) String name, @NotNull @Positive Long controlVersion,
        @NotNull @Positive Long treatmentVersion,
        @DecimalMin("0.0") @DecimalMax("1.0") Double treatmentShare,
        @Positive @Max(MAX_ATTRIBUTION_HOURS) Integer attributionHours) {

    /** Attribution windows longer than 30 days would count unrelated purchases. */
    public static final int MAX_ATTRIBUTION_HOURS = 720;

    /** An experiment compares two different versions. */
    @AssertTrue(message = "must differ from controlVersion")
    public boolean isTreatmentVersionDifferent() {
        return controlVersion == null || !controlVersion.equals(treatmentVersion);
    }
}
