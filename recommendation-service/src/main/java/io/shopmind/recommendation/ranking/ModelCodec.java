package io.shopmind.recommendation.ranking;

import io.shopmind.recommendation.interaction.IdIndex;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The compact binary form of a {@link ServingModel}, as stored in the database so any replica can load it:
 * a magic and format number, the item ids, the popularity, the scoring part as 32-bit floats (factors or
 * neighbour lists in compressed rows), then the co-purchase rules.
 */
public final class ModelCodec {

    private static final int MAGIC = 0x534d524d; // "SMRM"
    private static final int FORMAT = 1;

    private ModelCodec() {
    }

    public static byte[] encode(ServingModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(model.algorithm());
            out.writeByte(model.kind().ordinal());
            int n = model.itemCount();
            out.writeInt(n);
            for (int i = 0; i < n; i++) {
                out.writeUTF(model.items().idOf(i));
            }
            for (double p : model.popularityScores()) {
                out.writeDouble(p);
            }
            switch (model.kind()) {
                case FACTORS -> {
                    out.writeInt(model.factors());
                    out.writeDouble(model.lambda());
                    out.writeDouble(model.alpha());
                    writeFloats(out, model.itemFactors());
                    writeFloats(out, model.itemBiases());
                }
                case NEIGHBOURS -> {
                    writeInts(out, model.neighbourPointers());
                    writeInts(out, model.neighbours());
                    writeFloats(out, model.neighbourWeights());
                }
                case POPULARITY -> { }
            }
            ServingModel.Rules rules = model.rules();
            writeInts(out, rules.pointers());
            writeInts(out, rules.items());
            writeFloats(out, rules.confidences());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static ServingModel decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new ByteArrayInputStream(data), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("data: not a serialised recommendation model");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalArgumentException("data: unsupported model format " + format);
            }
            String algorithm = in.readUTF();
            ServingModel.Kind kind = ServingModel.Kind.values()[in.readByte()];
            int n = in.readInt();
            String[] ids = new String[n];
            for (int i = 0; i < n; i++) {
                ids[i] = in.readUTF();
            }
            IdIndex items = IdIndex.of(ids);
            double[] popularity = new double[n];
            for (int i = 0; i < n; i++) {
                popularity[i] = in.readDouble();
            }
            return switch (kind) {
                case FACTORS -> {
                    int factors = in.readInt();
                    double lambda = in.readDouble();
                    double alpha = in.readDouble();
                    float[] itemFactors = readFloats(in);
                    float[] itemBiases = readFloats(in);
                    yield ServingModel.ofFactors(algorithm, items, popularity, factors, itemFactors, itemBiases, lambda,
                            alpha, readRules(in));
                }
                case NEIGHBOURS -> {
                    int[] pointers = readInts(in);
                    int[] neighbours = readInts(in);
                    float[] weights = readFloats(in);
                    yield ServingModel.ofNeighbours(algorithm, items, popularity, pointers, neighbours, weights,
                            readRules(in));
                }
                case POPULARITY -> ServingModel.ofPopularity(algorithm, items, popularity, readRules(in));
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServingModel.Rules readRules(DataInputStream in) throws IOException {
        return new ServingModel.Rules(readInts(in), readInts(in), readFloats(in));
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
}
