package io.shopmind.supportbot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    @Test
    void stemsEnglishKeepsStopWordsAndFoldsNumbers() {
        assertThat(TextAnalysis.words("Where are my orders? Not A-10023!", Language.EN))
                .containsExactly("where", "ar", "my", "order", "not", "a", "#");
    }

    @Test
    void segmentsChineseWithSmartcn() {
        assertThat(TextAnalysis.words("我的订单在哪里", Language.ZH)).containsExactly("我", "的", "订单", "在", "哪里");
    }

    @Test
    void detectsChineseByHanCharacters() {
        assertThat(Language.of("where is SKU-1")).isEqualTo(Language.EN);
        assertThat(Language.of("SKU-1 有货吗")).isEqualTo(Language.ZH);
    }

    @Test
    void normalisesWidthCaseDigitsAndSpaces() {
        assertThat(TextAnalysis.normalise("  Ｏｒｄｅｒ   A-10023 ")).isEqualTo("order a-00000");
    }
}
