package io.shopmind.twin.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IntermittencyTest {

    @Test
    void adiAndCv2AsSyntetosBoylanAndCrostonDefineThem() {
        // 3 demands in 8 periods: ADI = 8/3; sizes 3, 5, 4: mean 4, variance 1, CV² = 1/16
        Intermittency i = Intermittency.of(new double[] {0, 0, 3, 0, 5, 0, 0, 4});

        assertThat(i.adi()).isCloseTo(8.0 / 3, within(1e-12));
        assertThat(i.cv2()).isCloseTo(1.0 / 16, within(1e-12));
        assertThat(i.zeroShare()).isCloseTo(5.0 / 8, within(1e-12));
        assertThat(i.pattern()).isEqualTo(Intermittency.Pattern.INTERMITTENT);
    }

    @Test
    void theFourPatternsByTheCutOffs() {
        assertThat(Intermittency.of(new double[] {5, 5, 6, 5}).pattern()).isEqualTo(Intermittency.Pattern.SMOOTH);
        assertThat(Intermittency.of(new double[] {1, 20, 1, 30}).pattern()).isEqualTo(Intermittency.Pattern.ERRATIC);
        assertThat(Intermittency.of(new double[] {0, 0, 1, 0, 0, 40}).pattern()).isEqualTo(Intermittency.Pattern.LUMPY);
        assertThat(Intermittency.of(new double[] {0, 0}).pattern()).isEqualTo(Intermittency.Pattern.NO_DEMAND);
    }

    @Test
    void monthlySumsKeepWholeCalendarMonthsOnly() {
        int[] daily = new int[31 + 28 + 31 + 5];
        java.util.Arrays.fill(daily, 1);
        // starts on 15 January 2026: January is partial, then February (28) and March (31) are whole
        double[] months = Calibration.monthly(daily, LocalDate.of(2026, 1, 15));

        assertThat(months).containsExactly(28, 31);
    }
}
