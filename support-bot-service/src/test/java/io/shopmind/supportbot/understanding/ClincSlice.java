package io.shopmind.supportbot.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CLINC150 slice of the test resources (Larson et al. 2019, CC BY 3.0; see its README). */
final class ClincSlice {

    static final ClincSlice DATA = load();

    final List<LabeledText> train;
    final List<LabeledText> validation;
    final List<LabeledText> test;

    private ClincSlice(List<LabeledText> train, List<LabeledText> validation, List<LabeledText> test) {
        this.train = train;
        this.validation = validation;
        this.test = test;
    }

    private static ClincSlice load() {
        try (InputStream in = ClincSlice.class.getResourceAsStream("/clinc150/clinc150-slice.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            return new ClincSlice(pairs(root, "train", "oos_train"), pairs(root, "val", "oos_val"),
                    pairs(root, "test", "oos_test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<LabeledText> pairs(JsonNode root, String... keys) {
        List<LabeledText> rows = new ArrayList<>();
        for (String key : keys) {
            root.get(key).forEach(pair -> rows.add(new LabeledText(pair.get(0).asString(), pair.get(1).asString())));
        }
        return List.copyOf(rows);
    }
}
