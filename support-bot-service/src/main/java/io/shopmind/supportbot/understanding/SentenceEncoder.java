package io.shopmind.supportbot.understanding;

import java.util.List;

/** Turns a text into a unit-length sentence embedding; one embedding space per language. */
public interface SentenceEncoder {

    int dimension(Language language);

    float[] encode(String text, Language language);

    /** Many texts of one language at once; implementations may spread them over the cores. */
    default List<float[]> encodeAll(List<String> texts, Language language) {
        return texts.stream().map(text -> encode(text, language)).toList();
    }
}
