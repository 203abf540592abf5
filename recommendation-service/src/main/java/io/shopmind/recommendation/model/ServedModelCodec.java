package io.shopmind.recommendation.model;

import io.shopmind.recommendation.interaction.IdIndex;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact binary form of a {@link ServedModel}, as stored in the database so any replica can load it: a magic
 * and format number, the algorithm and its settings, the item ids, the popularity, the scorer (a tag, then its
 * arrays as 32-bit floats and ints; a blend writes its parts in turn), then the co-purchase rules. Format 1, written
 * before scorers had their own types, still reads.
 */
public final class ServedModelCodec {

    private static final int MAGIC = 0x534d524d; // "SMRM"
    private static final int FORMAT = 2;

    private static final byte FACTORS = 0;
    private static final byte NEIGHBOURS = 1;
    private static final byte POPULARITY = 2;
    private static final byte ASPECTS = 3;
    private static final byte BLEND = 4;

    private ServedModelCodec() {
    }

    public static byte[] encode(ServedModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(model.algorithm());
            out.writeUTF(model.parameters());
            int n = model.itemCount();
            out.writeInt(n);
            for (int i = 0; i < n; i++) {
                out.writeUTF(model.items().idOf(i));
            }
            writeDoubles(out, model.popularity());
            writeScorer(out, model.scorer());
            CoPurchaseRules rules = model.rules();
            writeInts(out, rules.pointers());
            writeInts(out, rules.items());
            writeFloats(out, rules.confidences());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static ServedModel decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new ByteArrayInputStream(data), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("data: not a serialised recommendation model");
            }
            int format = in.readInt();
            if (format == 1) {
                return decodeFormat1(in);
            }
            if (format != FORMAT) {
                throw new IllegalArgumentException("data: unsupported model format " + format);
            }
            String algorithm = in.readUTF();
            String parameters = in.readUTF();
            IdIndex items = readItems(in);
            double[] popularity = readDoubles(in);
            ScorerReader scorer = readScorer(in);
            CoPurchaseRules rules = readRules(in);
            return new ServedModel(algorithm, parameters, items, popularity, rules, scorer.with(rules));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeScorer(DataOutputStream out, Scorer scorer) throws IOException {
        if (scorer instanceof FactorScorer f) {
            out.writeByte(FACTORS);
            out.writeInt(f.factors());
            out.writeDouble(f.lambda());
            out.writeDouble(f.alpha());
            out.writeBoolean(f.perCellLambda());
            writeFloats(out, f.itemFactors());
            writeFloats(out, f.itemBiases());
        } else if (scorer instanceof NeighbourScorer nb) {
            out.writeByte(NEIGHBOURS);
            writeInts(out, nb.pointers());
            writeInts(out, nb.neighbours());
            writeFloats(out, nb.weights());
        } else if (scorer instanceof PopularityScorer p) {
            out.writeByte(POPULARITY);
            writeDoubles(out, p.popularity());
        } else if (scorer instanceof AspectScorer a) {
            out.writeByte(ASPECTS);
            out.writeInt(a.aspects());
            out.writeInt(a.iterations());
            writeFloats(out, a.itemGivenAspect());
        } else if (scorer instanceof BlendScorer b) {
            out.writeByte(BLEND);
            out.writeInt(b.parts().size());
            double[] weights = b.weights();
            for (int p = 0; p < weights.length; p++) {
                out.writeDouble(weights[p]);
                writeScorer(out, b.parts().get(p));
            }
        } else {
            throw new IllegalStateException("scorer: no binary form for " + scorer.getClass().getSimpleName());
        }
    }

    /** A scorer read before the rules that a popularity scorer needs, which follow it in the data. */
    private interface ScorerReader {
        Scorer with(CoPurchaseRules rules);
    }

    private static ScorerReader readScorer(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case FACTORS -> {
                int factors = in.readInt();
                double lambda = in.readDouble();
                double alpha = in.readDouble();
                boolean perCell = in.readBoolean();
                FactorScorer scorer = new FactorScorer(factors, readFloats(in), readFloats(in), lambda, alpha, perCell);
                return rules -> scorer;
            }
            case NEIGHBOURS -> {
                NeighbourScorer scorer = new NeighbourScorer(readInts(in), readInts(in), readFloats(in));
                return rules -> scorer;
            }
            case POPULARITY -> {
                double[] popularity = readDoubles(in);
                return rules -> new PopularityScorer(popularity, rules);
            }
            case ASPECTS -> {
                int aspects = in.readInt();
                int iterations = in.readInt();
                AspectScorer scorer = new AspectScorer(aspects, readFloats(in), iterations);
                return rules -> scorer;
            }
            case BLEND -> {
                int count = in.readInt();
                double[] weights = new double[count];
                List<ScorerReader> parts = new ArrayList<>(count);
                for (int p = 0; p < count; p++) {
                    weights[p] = in.readDouble();
                    parts.add(readScorer(in));
                }
                return rules -> new BlendScorer(parts.stream().map(part -> part.with(rules)).toList(), weights);
            }
            default -> throw new IllegalArgumentException("data: unknown scorer " + tag);
        }
    }

    /** Format 1: a kind byte (factors, neighbours, popularity) in place of the scorer's tag, and no settings. */
    private static ServedModel decodeFormat1(DataInputStream in) throws IOException {
        String algorithm = in.readUTF();
        byte kind = in.readByte();
        IdIndex items = readItems(in);
        double[] popularity = new double[items.size()];
        for (int i = 0; i < popularity.length; i++) {
            popularity[i] = in.readDouble();
        }
        ScorerReader scorer;
        if (kind == FACTORS) {
            int factors = in.readInt();
            double lambda = in.readDouble();
            double alpha = in.readDouble();
            FactorScorer factorScorer = new FactorScorer(factors, readFloats(in), readFloats(in), lambda, alpha, false);
            scorer = rules -> factorScorer;
        } else if (kind == NEIGHBOURS) {
            NeighbourScorer neighbourScorer = new NeighbourScorer(readInts(in), readInts(in), readFloats(in));
            scorer = rules -> neighbourScorer;
        } else {
            scorer = rules -> new PopularityScorer(popularity, rules);
        }
        CoPurchaseRules rules = readRules(in);
        return new ServedModel(algorithm, "", items, popularity, rules, scorer.with(rules));
    }

    private static IdIndex readItems(DataInputStream in) throws IOException {
        int n = in.readInt();
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = in.readUTF();
        }
        return IdIndex.of(ids);
    }

    private static CoPurchaseRules readRules(DataInputStream in) throws IOException {
        return new CoPurchaseRules(readInts(in), readInts(in), readFloats(in));
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    private static float[] readFloats(DataInputStream in) throws IOException {
        float[] values = new float[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }

    private static double[] readDoubles(DataInputStream in) throws IOException {
        double[] values = new double[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readDouble();
        }
        return values;
    }
}
