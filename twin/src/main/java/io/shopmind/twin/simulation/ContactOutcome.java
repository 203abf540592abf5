package io.shopmind.twin.simulation;

import io.shopmind.twin.support.Intent;
import java.time.LocalDate;

/** A support contact, the reply it got and the verdict against its truth: one labelled row of the report. */
public record ContactOutcome(String id, LocalDate date, String language, Intent intent, String text,
        String reply, Intent replyIntent, boolean handedOff, boolean correct) {
}
