package io.shopmind.supportbot.understanding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a text into the model's feature vector: the enabled blocks of {@link FeatureSet}, each unit length, side by
 * side. The embedding block has one slot per language (English texts fill the first, Chinese the second), so one
 * linear model reads both languages without mixing two embedding spaces.
 */
public final class Featurizer {

    private static final int MAX_WORD_TERMS = 50_000;
    private static final int MAX_CHAR_TERMS = 100_000;

    private final Set<FeatureSet> sets;
    private final TfIdfVocabulary words;
    private final TfIdfVocabulary chars;
    private final int englishDimension;
    private final int chineseDimension;

    Featurizer(Set<FeatureSet> sets, TfIdfVocabulary words, TfIdfVocabulary chars, int englishDimension,
            int chineseDimension) {
        this.sets = EnumSet.copyOf(sets);
        this.words = words;
        this.chars = chars;
        this.englishDimension = englishDimension;
        this.chineseDimension = chineseDimension;
    }

    /** Learns the vocabularies from the training texts; terms seen once are dropped once there is data enough. */
    public static Featurizer fit(List<String> texts, Set<FeatureSet> sets, SentenceEncoder encoder) {
        int minDf = texts.size() >= 5_000 ? 2 : 1;
        TfIdfVocabulary words = sets.contains(FeatureSet.WORDS)
                ? TfIdfVocabulary.fit(texts.stream().map(Featurizer::wordTerms).toList(), minDf, MAX_WORD_TERMS)
                : null;
        TfIdfVocabulary chars = sets.contains(FeatureSet.CHARS)
                ? TfIdfVocabulary.fit(texts.stream().map(Featurizer::charTerms).toList(), minDf, MAX_CHAR_TERMS)
                : null;
        boolean embeddings = sets.contains(FeatureSet.EMBEDDINGS);
        if (embeddings && encoder == null) {
            throw new IllegalArgumentException("embedding features need a sentence encoder");
        }
        return new Featurizer(sets, words, chars, embeddings ? encoder.dimension(Language.EN) : 0,
                embeddings ? encoder.dimension(Language.ZH) : 0);
    }

    public Set<FeatureSet> sets() {
        return EnumSet.copyOf(sets);
    }

    public int dimension() {
        return size(words) + size(chars) + englishDimension + chineseDimension;
    }

    boolean usesEmbeddings() {
        return sets.contains(FeatureSet.EMBEDDINGS);
    }

    TfIdfVocabulary words() {
        return words;
    }

    TfIdfVocabulary chars() {
        return chars;
    }

    int englishDimension() {
        return englishDimension;
    }

    int chineseDimension() {
        return chineseDimension;
    }

    /** One text's features; the encoder is called only when the model uses embeddings. */
    public SparseVector vector(String text, SentenceEncoder encoder) {
        Language language = Language.of(text);
        float[] embedding = usesEmbeddings() ? encoder.encode(text, language) : null;
        return vector(text, language, embedding);
    }

    /**
     * Many texts' features, the embeddings computed in batches per language (the slow part) with progress reported
     * per batch.
     */
    public List<SparseVector> vectors(List<String> texts, SentenceEncoder encoder, TrainingProgress progress) {
        List<float[]> embeddings = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            embeddings.add(null);
        }
        if (usesEmbeddings()) {
            Map<Language, List<Integer>> byLanguage = new EnumMap<>(Language.class);
            for (int i = 0; i < texts.size(); i++) {
                byLanguage.computeIfAbsent(Language.of(texts.get(i)), l -> new ArrayList<>()).add(i);
            }
            int done = 0;
            int batch = 256;
            for (Map.Entry<Language, List<Integer>> group : byLanguage.entrySet()) {
                List<Integer> positions = group.getValue();
                for (int from = 0; from < positions.size(); from += batch) {
                    List<Integer> slice = positions.subList(from, Math.min(positions.size(), from + batch));
                    List<float[]> encoded = encoder.encodeAll(slice.stream().map(texts::get).toList(), group.getKey());
                    for (int j = 0; j < slice.size(); j++) {
                        embeddings.set(slice.get(j), encoded.get(j));
                    }
                    done += slice.size();
                    progress.report(done, texts.size(), "sentence embeddings");
                }
            }
        }
        List<SparseVector> vectors = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            vectors.add(vector(texts.get(i), Language.of(texts.get(i)), embeddings.get(i)));
        }
        return vectors;
    }

    private SparseVector vector(String text, Language language, float[] embedding) {
        List<SparseVector> blocks = new ArrayList<>(3);
        int offset = 0;
        if (words != null) {
            blocks.add(words.transform(wordTerms(text, language), offset));
            offset += words.size();
        }
        if (chars != null) {
            blocks.add(chars.transform(charTerms(text), offset));
            offset += chars.size();
        }
        if (embedding != null) {
            int at = offset + (language == Language.ZH ? englishDimension : 0);
            int[] index = new int[embedding.length];
            double[] value = new double[embedding.length];
            for (int i = 0; i < embedding.length; i++) {
                index[i] = at + i;
                value[i] = embedding[i];
            }
            blocks.add(new SparseVector(index, value));
        }
        return concat(blocks);
    }

    static List<String> wordTerms(String text) {
        return wordTerms(text, Language.of(text));
    }

    /** Unigrams and bigrams of the text's word tokens. */
    static List<String> wordTerms(String text, Language language) {
        List<String> tokens = TextAnalysis.words(text, language);
        List<String> terms = new ArrayList<>(tokens.size() * 2);
        terms.addAll(tokens);
        for (int i = 1; i < tokens.size(); i++) {
            terms.add(tokens.get(i - 1) + ' ' + tokens.get(i));
        }
        return terms;
    }

    /** Character 2- to 4-grams of the normalised text padded with a space, and every Han character alone. */
    static List<String> charTerms(String text) {
        String padded = ' ' + TextAnalysis.normalise(text) + ' ';
        List<String> terms = new ArrayList<>(padded.length() * 4);
        for (int i = 0; i < padded.length(); i++) {
            char c = padded.charAt(i);
            if (Language.isHan(c)) {
                terms.add(String.valueOf(c));
            }
            for (int n = 2; n <= 4 && i + n <= padded.length(); n++) {
                String gram = padded.substring(i, i + n);
                if (!gram.isBlank()) {
                    terms.add(gram);
                }
            }
        }
        return terms;
    }

    private static SparseVector concat(List<SparseVector> blocks) {
        int n = blocks.stream().mapToInt(SparseVector::size).sum();
        int[] index = new int[n];
        double[] value = new double[n];
        int at = 0;
        for (SparseVector block : blocks) {
            System.arraycopy(block.index(), 0, index, at, block.size());
            System.arraycopy(block.value(), 0, value, at, block.size());
            at += block.size();
        }
        return new SparseVector(index, value);
    }

    private static int size(TfIdfVocabulary vocabulary) {
        return vocabulary == null ? 0 : vocabulary.size();
    }

    /** The distinct feature blocks in the order they are laid out, for reports. */
    public String describe() {
        Set<String> parts = new LinkedHashSet<>();
        if (words != null) {
            parts.add(words.size() + " word terms");
        }
        if (chars != null) {
            parts.add(chars.size() + " character n-grams");
        }
        if (usesEmbeddings()) {
            parts.add(englishDimension + "+" + chineseDimension + " embedding dimensions");
        }
        return String.join(", ", parts);
    }
}
