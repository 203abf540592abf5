package io.shopmind.supportbot.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TfIdfVocabularyTest {

    /** scikit-learn's TfidfVectorizer documentation corpus; its fit_transform prints these weights for row 0. */
    @Test
    void matchesScikitLearnsTfidfVectorizerOnItsDocumentationExample() {
        List<List<String>> corpus = List.of(
                tokens("This is the first document."),
                tokens("This document is the second document."),
                tokens("And this is the third one."),
                tokens("Is this the first document?"));
        TfIdfVocabulary vocabulary = TfIdfVocabulary.fit(corpus, 1, 100);

        assertThat(vocabulary.terms()).containsExactly("and", "document", "first", "is", "one", "second", "the",
                "third", "this");
        Map<String, Double> row = weights(vocabulary, vocabulary.transform(corpus.get(0), 0));
        // sklearn: [0. 0.46979139 0.58028582 0.38408524 0. 0. 0.38408524 0. 0.38408524]
        assertThat(row.get("document")).isCloseTo(0.46979139, within(1e-6));
        assertThat(row.get("first")).isCloseTo(0.58028582, within(1e-6));
        assertThat(row.get("is")).isCloseTo(0.38408524, within(1e-6));
        assertThat(row.get("the")).isCloseTo(0.38408524, within(1e-6));
        assertThat(row.get("this")).isCloseTo(0.38408524, within(1e-6));
        assertThat(row).hasSize(5);
    }

    @Test
    void dampsRepeatedTermsSublinearlyAndDropsUnknownOnes() {
        TfIdfVocabulary vocabulary = TfIdfVocabulary.fit(List.of(List.of("a", "b"), List.of("a")), 1, 100);
        SparseVector twice = vocabulary.transform(List.of("b", "b", "zzz"), 10);

        assertThat(twice.index()).containsExactly(11);
        assertThat(twice.value()[0]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void keepsTheMostFrequentTermsAboveTheMinimumDocumentFrequency() {
        TfIdfVocabulary vocabulary = TfIdfVocabulary.fit(List.of(List.of("a", "b", "c"), List.of("a", "b"),
                List.of("a")), 2, 1);

        assertThat(vocabulary.terms()).containsExactly("a");
    }

    private static List<String> tokens(String text) {
        return Arrays.stream(text.toLowerCase().split("[^a-z]+")).filter(t -> !t.isEmpty()).toList();
    }

    private static Map<String, Double> weights(TfIdfVocabulary vocabulary, SparseVector vector) {
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < vector.size(); i++) {
            weights.put(vocabulary.terms()[vector.index()[i]], vector.value()[i]);
        }
        return weights;
    }
}
