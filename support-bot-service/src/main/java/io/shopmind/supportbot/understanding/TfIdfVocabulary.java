package io.shopmind.supportbot.understanding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Terms and their inverse document frequencies, learnt from training texts: sublinear term frequency
 * {@code 1 + ln tf}, smoothed {@code idf = ln((1 + N) / (1 + df)) + 1}, and unit L2 norm per text, as scikit-learn's
 * {@code TfidfVectorizer(sublinear_tf=True)} computes them (Manning, Raghavan &amp; Schütze, <i>Introduction to
 * Information Retrieval</i>, 2008, §6.2–6.4).
 */
public final class TfIdfVocabulary {

    private final Map<String, Integer> index;
    private final String[] terms;
    private final double[] idf;

    TfIdfVocabulary(String[] terms, double[] idf) {
        this.terms = terms;
        this.idf = idf;
        this.index = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            index.put(terms[i], i);
        }
    }

    /**
     * Learns the vocabulary of the documents: terms in at least {@code minDf} of them, the {@code maxTerms} most
     * frequent if there are more (ties broken by the term, so the result is deterministic).
     */
    public static TfIdfVocabulary fit(List<? extends Collection<String>> documents, int minDf, int maxTerms) {
        Map<String, Integer> df = new HashMap<>();
        for (Collection<String> document : documents) {
            for (String term : new HashSet<>(document)) {
                df.merge(term, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : df.entrySet()) {
            if (entry.getValue() >= minDf) {
                kept.add(entry);
            }
        }
        kept.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        if (kept.size() > maxTerms) {
            kept = kept.subList(0, maxTerms);
        }
        kept.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        int n = documents.size();
        String[] terms = new String[kept.size()];
        double[] idf = new double[kept.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = kept.get(i).getKey();
            // float precision, as the model is stored: the served model scores exactly as the trained one
            idf[i] = (float) (Math.log((1.0 + n) / (1.0 + kept.get(i).getValue())) + 1.0);
        }
        return new TfIdfVocabulary(terms, idf);
    }

    public int size() {
        return terms.length;
    }

    String[] terms() {
        return terms;
    }

    double[] idf() {
        return idf;
    }

    /** The document's unit-length TF-IDF vector, its indices shifted by {@code offset}; unknown terms are dropped. */
    public SparseVector transform(Collection<String> document, int offset) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String term : document) {
            Integer i = index.get(term);
            if (i != null) {
                counts.merge(i, 1, Integer::sum);
            }
        }
        int[] indices = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] values = new double[indices.length];
        double norm = 0;
        for (int j = 0; j < indices.length; j++) {
            values[j] = (1.0 + Math.log(counts.get(indices[j]))) * idf[indices[j]];
            norm += values[j] * values[j];
        }
        norm = Math.sqrt(norm);
        for (int j = 0; j < indices.length; j++) {
            values[j] /= norm;
            indices[j] += offset;
        }
        return new SparseVector(indices, values);
    }

    /** The terms of a set, for tests and reports. */
    Set<String> termSet() {
        return new HashSet<>(Arrays.asList(terms));
    }
}
