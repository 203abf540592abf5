package io.shopmind.twin.simulation;

import java.time.LocalDate;

/** A twin small enough for unit tests: 40 SKUs, 300 shoppers, 150 visits a day. */
final class SmallShop {

    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);

    private SmallShop() {
    }

    static TwinSettings settings(long seed, int historyDays, int days) {
        return TwinSettings.defaults(seed, LAST_DAY).withSize(40, 300, 150).withCalendar(LAST_DAY, historyDays, days);
    }
}
