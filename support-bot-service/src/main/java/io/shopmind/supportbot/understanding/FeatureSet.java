package io.shopmind.supportbot.understanding;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The feature blocks a model can use; each block is L2-normalised on its own, then the blocks are concatenated. */
public enum FeatureSet {
    /** Word unigrams and bigrams, TF-IDF; Chinese segmented by smartcn, English Porter-stemmed. */
    WORDS,
    /** Character 2- to 4-grams (and single Han characters), TF-IDF: robust to typos and to unsegmented Chinese. */
    CHARS,
    /** A sentence embedding: all-MiniLM-L6-v2 (quantised) for English, bge-small-zh-v1.5 for Chinese. */
    EMBEDDINGS;

    /** Parses {@code words,chars,embeddings} (any order, any case). */
    public static Set<FeatureSet> parse(String list) {
        Set<FeatureSet> sets = EnumSet.noneOf(FeatureSet.class);
        for (String name : list.split("[,+]")) {
            if (!name.isBlank()) {
                sets.add(valueOf(name.trim().toUpperCase(Locale.ROOT)));
            }
        }
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("no feature set named in '" + list + "'");
        }
        return sets;
    }

    public static String describe(Set<FeatureSet> sets) {
        return String.join("+", sets.stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
    }
}
