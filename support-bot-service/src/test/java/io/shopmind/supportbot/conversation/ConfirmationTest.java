package io.shopmind.supportbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfirmationTest {

    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', value = {"yes,true", "Yes!,true", "yep,true", "that's right,true", "是的,true", "对。,true", "好的,true",
            "no,false", "Nope.,false", "不是,false", "不对！,false"})
    void readsYesAndNoInBothLanguages(String text, boolean yes) {
        assertThat(Confirmation.of(text)).hasValue(yes);
    }

    @ParameterizedTest
    @CsvSource({"where is my order", "yes I want to return it", "不知道"})
    void takesAnythingElseForNeither(String text) {
        assertThat(Confirmation.of(text)).isEmpty();
    }
}
