package io.shopmind.supportbot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntentChangeTest {

    @Test
    void marksTheIntentsThatGotWorseOrWentAway() {
        List<IntentChange> changes = IntentChange.between(Map.of("a", 0.90, "b", 0.80, "c", 0.70),
                Map.of("a", 0.80, "b", 0.799, "d", 0.5));

        assertThat(changes).extracting(IntentChange::intent).containsExactly("a", "b", "c", "d");
        assertThat(changes).filteredOn(IntentChange::worse).extracting(IntentChange::intent).containsExactly("a", "c");
        assertThat(IntentChange.table(changes)).contains("-0.100  WORSE").contains("d ");
    }
}
