package io.shopmind.model.event;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** An amount of money: a decimal written as a string, so no binary rounding creeps in, and an ISO 4217 code. */
public record Money(
        @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {
}
