package io.shopmind.supportbot.understanding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A trained intent classifier: the features, the multinomial logistic regression's weights, and the calibration and
 * out-of-scope rules chosen on validation data. Immutable and safe to share between threads.
 *
 * <p>The weights are one row per intent of {@code p} weights and an intercept ({@link SoftmaxRegression}); the
 * probabilities are {@code softmax(z / temperature)}.
 */
public final class IntentModel {

    private static final int FORMAT = 1;

    private final Featurizer featurizer;
    private final String[] intents;
    private final double[][] weights;
    private final double temperature;
    private final double threshold;
    private final double ambiguityMargin;
    private final String outOfScopeIntent;

    IntentModel(Featurizer featurizer, String[] intents, double[][] weights, double temperature, double threshold,
            double ambiguityMargin, String outOfScopeIntent) {
        this.featurizer = featurizer;
        this.intents = intents;
        this.weights = weights;
        this.temperature = temperature;
        this.threshold = threshold;
        this.ambiguityMargin = ambiguityMargin;
        this.outOfScopeIntent = outOfScopeIntent;
    }

    public IntentPrediction predict(String text, SentenceEncoder encoder) {
        return predict(featurizer.vector(text, encoder));
    }

    IntentPrediction predict(SparseVector x) {
        double[] p = probabilities(logits(x), temperature);
        int[] order = order(p);
        int top = order[0];
        List<IntentPrediction.RankedIntent> ranking = new ArrayList<>(5);
        for (int r = 0; r < Math.min(5, order.length); r++) {
            ranking.add(new IntentPrediction.RankedIntent(intents[order[r]], p[order[r]]));
        }
        boolean outOfScope = intents[top].equals(outOfScopeIntent) || p[top] < threshold;
        boolean ambiguous = !outOfScope && order.length > 1 && p[top] - p[order[1]] < ambiguityMargin;
        return new IntentPrediction(intents[top], p[top], List.copyOf(ranking), outOfScope, ambiguous);
    }

    /** The uncalibrated logits, one per intent. */
    double[] logits(SparseVector x) {
        int p = featurizer.dimension();
        double[] z = new double[intents.length];
        int[] index = x.index();
        double[] value = x.value();
        for (int j = 0; j < weights.length; j++) {
            double[] w = weights[j];
            double s = w[p];
            for (int i = 0; i < index.length; i++) {
                s += w[index[i]] * value[i];
            }
            z[j] = s;
        }
        return z;
    }

    static double[] probabilities(double[] logits, double temperature) {
        double[] log = TemperatureScaling.logSoftmax(logits, temperature);
        for (int j = 0; j < log.length; j++) {
            log[j] = Math.exp(log[j]);
        }
        return log;
    }

    private static int[] order(double[] p) {
        Integer[] boxed = new Integer[p.length];
        for (int j = 0; j < p.length; j++) {
            boxed[j] = j;
        }
        Arrays.sort(boxed, (a, b) -> Double.compare(p[b], p[a]));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    /** The same classifier with another temperature and out-of-scope threshold. */
    IntentModel withRules(double temperature, double threshold) {
        return new IntentModel(featurizer, intents, weights, temperature, threshold, ambiguityMargin,
                outOfScopeIntent);
    }

    public List<String> intents() {
        return List.of(intents);
    }

    public Featurizer featurizer() {
        return featurizer;
    }

    public double temperature() {
        return temperature;
    }

    public double threshold() {
        return threshold;
    }

    public double ambiguityMargin() {
        return ambiguityMargin;
    }

    /** The explicit out-of-scope class, or null when the training data has none. */
    public String outOfScopeIntent() {
        return outOfScopeIntent;
    }

    public Set<FeatureSet> featureSets() {
        return featurizer.sets();
    }

    /** Writes the model in a compact binary form; {@link #read} reads it back exactly. */
    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(FORMAT);
        Set<FeatureSet> sets = featurizer.sets();
        out.writeInt(sets.size());
        for (FeatureSet set : sets) {
            out.writeUTF(set.name());
        }
        writeVocabulary(out, featurizer.words());
        writeVocabulary(out, featurizer.chars());
        out.writeInt(featurizer.englishDimension());
        out.writeInt(featurizer.chineseDimension());
        out.writeInt(intents.length);
        for (String intent : intents) {
            out.writeUTF(intent);
        }
        out.writeBoolean(outOfScopeIntent != null);
        if (outOfScopeIntent != null) {
            out.writeUTF(outOfScopeIntent);
        }
        out.writeDouble(temperature);
        out.writeDouble(threshold);
        out.writeDouble(ambiguityMargin);
        out.writeInt(weights.length);
        out.writeInt(weights.length == 0 ? 0 : weights[0].length);
        for (double[] row : weights) {
            for (double w : row) {
                out.writeFloat((float) w);
            }
        }
        out.flush();
    }

    public static IntentModel read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("unknown intent model format " + format);
        }
        Set<FeatureSet> sets = EnumSet.noneOf(FeatureSet.class);
        for (int i = in.readInt(); i > 0; i--) {
            sets.add(FeatureSet.valueOf(in.readUTF()));
        }
        TfIdfVocabulary words = readVocabulary(in);
        TfIdfVocabulary chars = readVocabulary(in);
        Featurizer featurizer = new Featurizer(sets, words, chars, in.readInt(), in.readInt());
        String[] intents = new String[in.readInt()];
        for (int i = 0; i < intents.length; i++) {
            intents[i] = in.readUTF();
        }
        String outOfScope = in.readBoolean() ? in.readUTF() : null;
        double temperature = in.readDouble();
        double threshold = in.readDouble();
        double margin = in.readDouble();
        double[][] weights = new double[in.readInt()][in.readInt()];
        for (double[] row : weights) {
            for (int i = 0; i < row.length; i++) {
                row[i] = in.readFloat();
            }
        }
        return new IntentModel(featurizer, intents, weights, temperature, threshold, margin, outOfScope);
    }

    private static void writeVocabulary(DataOutputStream out, TfIdfVocabulary vocabulary) throws IOException {
        out.writeInt(vocabulary == null ? -1 : vocabulary.size());
        if (vocabulary != null) {
            for (int i = 0; i < vocabulary.size(); i++) {
                out.writeUTF(vocabulary.terms()[i]);
                out.writeFloat((float) vocabulary.idf()[i]);
            }
        }
    }

    private static TfIdfVocabulary readVocabulary(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            return null;
        }
        String[] terms = new String[size];
        double[] idf = new double[size];
        for (int i = 0; i < size; i++) {
            terms[i] = in.readUTF();
            idf[i] = in.readFloat();
        }
        return new TfIdfVocabulary(terms, idf);
    }
}
