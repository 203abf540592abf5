package io.shopmind.supportbot.evaluation;

import io.shopmind.supportbot.understanding.LabeledText;
import io.shopmind.supportbot.understanding.LabeledTextCsv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Training, validation and test examples, from CLINC150's JSON or from {@code text,label} CSV files. */
record IntentData(List<LabeledText> train, List<LabeledText> validation, List<LabeledText> test) {

    private static final int MAX_TEXT = 10_000;
    private static final int MAX_ROWS = 10_000_000;

    /**
     * CLINC150 (Larson et al. 2019): {@code train}, {@code val}, {@code test} and their {@code oos_} counterparts,
     * each a list of {@code [text, intent]}. With {@code oosTrain} the out-of-scope training examples are a class of
     * their own (the paper's "oos-train"); without, only the threshold catches them ("oos-threshold").
     */
    static IntentData clinc(Path file, boolean oosTrain) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
        List<LabeledText> train = pairs(root, "train");
        if (oosTrain) {
            train.addAll(pairs(root, "oos_train"));
        }
        List<LabeledText> validation = pairs(root, "val");
        validation.addAll(pairs(root, "oos_val"));
        List<LabeledText> test = pairs(root, "test");
        test.addAll(pairs(root, "oos_test"));
        return new IntentData(train, validation, test);
    }

    /** CSV files; without a validation file, a seeded stratified tenth of the training file is held out. */
    static IntentData csv(Path train, Path validation, Path test, long seed) throws IOException {
        List<LabeledText> trainRows = read(train);
        List<LabeledText> testRows = read(test);
        if (validation != null) {
            return new IntentData(trainRows, read(validation), testRows);
        }
        Map<String, List<LabeledText>> byIntent = new LinkedHashMap<>();
        trainRows.forEach(row -> byIntent.computeIfAbsent(row.intent(), k -> new ArrayList<>()).add(row));
        Random random = new Random(seed);
        List<LabeledText> kept = new ArrayList<>();
        List<LabeledText> held = new ArrayList<>();
        for (List<LabeledText> group : byIntent.values()) {
            List<LabeledText> shuffled = new ArrayList<>(group);
            java.util.Collections.shuffle(shuffled, random);
            int n = group.size() < 5 ? 0 : Math.max(1, group.size() / 10);
            held.addAll(shuffled.subList(0, n));
            kept.addAll(shuffled.subList(n, shuffled.size()));
        }
        return new IntentData(kept, held, testRows);
    }

    private static List<LabeledText> read(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return LabeledTextCsv.read(reader, MAX_TEXT, MAX_ROWS);
        }
    }

    private static List<LabeledText> pairs(JsonNode root, String key) {
        List<LabeledText> rows = new ArrayList<>();
        JsonNode list = root.get(key);
        if (list == null) {
            throw new IllegalArgumentException("the CLINC file has no '" + key + "' list");
        }
        for (JsonNode pair : list) {
            rows.add(new LabeledText(pair.get(0).asString(), pair.get(1).asString()));
        }
        return rows;
    }
}
