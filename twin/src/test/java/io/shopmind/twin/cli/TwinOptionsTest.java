package io.shopmind.twin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TwinOptionsTest {

    @Test
    void readsTheCalendarAndSeeds() {
        TwinOptions options = TwinOptions.parse(new String[] {"--seeds", "3", "--first-seed", "10", "--days", "30",
            "--history-days", "60", "--last-day", "2026-11-30", "--skus", "120"});

        assertThat(options.seeds()).containsExactly(10L, 11L, 12L);
        assertThat(options.settings().firstDay()).isEqualTo(LocalDate.of(2026, 11, 30).minusDays(89));
        assertThat(options.settings().skus()).isEqualTo(120);
    }

    @Test
    void badValuesNameTheOption() {
        assertThatThrownBy(() -> TwinOptions.parse(new String[] {"--skus", "3"}))
                .hasMessageContaining("--skus must be in 8..20000");
        assertThatThrownBy(() -> TwinOptions.parse(new String[] {"--days", "many"}))
                .hasMessageContaining("--days needs a whole number");
        assertThatThrownBy(() -> TwinOptions.parse(new String[] {"--tuning-seed", "2"}))
                .hasMessageContaining("--tuning-seed must not be one of the compared seeds");
        assertThatThrownBy(() -> TwinOptions.parse(new String[] {"--calibration-years", "2"}))
                .hasMessageContaining("at least 3");
    }

    @Test
    void progressFormatsTimeLeft() {
        assertThat(ConsoleProgress.duration(75)).isEqualTo("1m15s");
        assertThat(ConsoleProgress.duration(3700)).isEqualTo("1h01m");
    }
}
