package io.shopmind.servicesupport.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class JsonInputRulesTest {

    record Line(Double price, long quantity, String sku, List<Double> levels) {
    }

    private final JsonMapper json = rules();

    private static JsonMapper rules() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new JsonInputRules().customize(builder);
        return builder.build();
    }

    @Test
    void readsOrdinaryValues() {
        Line line = json.readValue("{\"price\":1.5,\"quantity\":3,\"sku\":\"A\\tb\",\"levels\":[80,95.5]}", Line.class);

        assertThat(line).isEqualTo(new Line(1.5, 3, "A\tb", List.of(80.0, 95.5)));
    }

    @Test
    void refusesNumbersThatAreNotFinite() {
        for (String price : List.of("\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "1e309", "-1e400")) {
            assertThatThrownBy(() -> json.readValue("{\"price\":" + price + "}", Line.class))
                    .as(price).isInstanceOf(JsonInputRules.RejectedValueException.class)
                    .hasMessageContaining("finite");
        }
        assertThatThrownBy(() -> json.readValue("{\"levels\":[80,\"NaN\"]}", Line.class))
                .isInstanceOf(JsonInputRules.RejectedValueException.class);
    }

    @Test
    void refusesAFractionForAWholeNumber() {
        assertThatThrownBy(() -> json.readValue("{\"quantity\":1.5}", Line.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void refusesControlCharactersAndBrokenUnicodeInText() {
        for (String sku : List.of("A\\u0000B", "\\u001b[31m", "x\\u007f", "\\ud800")) {
            assertThatThrownBy(() -> json.readValue("{\"sku\":\"" + sku + "\"}", Line.class))
                    .as(sku).isInstanceOf(JsonInputRules.RejectedValueException.class);
        }
        assertThat(json.readValue("{\"quantity\":1,\"sku\":\"\\ud83d\\ude00 caf\\u00e9\"}", Line.class).sku()).isEqualTo("😀 café");
    }

    @Test
    void refusesTrailingTokens() {
        assertThatThrownBy(() -> json.readValue("{\"sku\":\"A\"} {}", Map.class)).isNotNull();
    }

    @Test
    void decodesParametersStrictly() {
        assertThat(ParameterTextFilter.decodeOrNull("caf%C3%A9+au+lait", true)).isEqualTo("café au lait");
        assertThat(ParameterTextFilter.decodeOrNull("%FF", true)).isNull();
        assertThat(ParameterTextFilter.decodeOrNull("%C3", true)).isNull();
        assertThat(ParameterTextFilter.decodeOrNull("%G1", true)).isNull();
        assertThat(Text.problemWith(ParameterTextFilter.decodeOrNull("A%00B", true))).contains("U+0000");
    }
}
