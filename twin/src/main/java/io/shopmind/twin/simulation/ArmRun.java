package io.shopmind.twin.simulation;

import java.util.List;

/**
 * One arm's run on one seed.
 *
 * @param days      the compared days only (after the history)
 * @param contacts  every support contact of the compared days, with its reply and verdict
 * @param unitsSold units sold per SKU and day over the whole calendar, history included ({@code [sku][day]})
 */
public record ArmRun(String arm, long seed, List<DayTotals> days, List<ContactOutcome> contacts, int[][] unitsSold) {

    public ArmRun {
        days = List.copyOf(days);
        contacts = List.copyOf(contacts);
    }
}
