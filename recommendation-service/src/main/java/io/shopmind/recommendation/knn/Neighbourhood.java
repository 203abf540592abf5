package io.shopmind.recommendation.knn;

import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.RankedItems;
import io.shopmind.recommendation.model.TopK;
import java.util.Arrays;

/**
 * The {@code k} most similar columns of each column of a matrix under shrunk cosine similarity
 * {@code sim(i, j) = r_i·r_j / (‖r_i‖ ‖r_j‖ + shrinkage)} (Koren 2008, "Factorization meets the neighborhood",
 * §2.2 on shrinking similarities supported by few common raters). Stored compactly by column.
 */
final class Neighbourhood {

    private final int[] pointers;
    private final int[] neighbours;
    private final double[] similarities;

    private Neighbourhood(int[] pointers, int[] neighbours, double[] similarities) {
        this.pointers = pointers;
        this.neighbours = neighbours;
        this.similarities = similarities;
    }

    static Neighbourhood cosine(InteractionMatrix matrix, int k, double shrinkage) {
        int columns = matrix.itemCount();
        double[] norms = new double[columns];
        for (int i = 0; i < columns; i++) {
            double sum = 0;
            for (int q = matrix.columnStart(i); q < matrix.columnEnd(i); q++) {
                double v = matrix.columnValueAt(q);
                sum += v * v;
            }
            norms[i] = Math.sqrt(sum);
        }
        double[] dots = new double[columns];
        int[] touched = new int[columns];
        boolean[] seen = new boolean[columns];
        int[] pointers = new int[columns + 1];
        int[] neighbours = new int[(int) Math.min((long) columns * k, 1 << 20)];
        double[] similarities = new double[neighbours.length];
        int stored = 0;
        for (int i = 0; i < columns; i++) {
            int count = 0;
            for (int q = matrix.columnStart(i); q < matrix.columnEnd(i); q++) {
                int row = matrix.userAt(q);
                double v = matrix.columnValueAt(q);
                for (int p = matrix.rowStart(row); p < matrix.rowEnd(row); p++) {
                    int j = matrix.itemAt(p);
                    if (j == i) {
                        continue;
                    }
                    if (!seen[j]) {
                        seen[j] = true;
                        touched[count++] = j;
                    }
                    dots[j] += v * matrix.valueAt(p);
                }
            }
            for (int c = 0; c < count; c++) {
                int j = touched[c];
                dots[j] = dots[j] / (norms[i] * norms[j] + shrinkage);
            }
            RankedItems top = count == 0 ? new RankedItems(new int[0], new double[0]) : TopK.select(dots, touched, count, k);
            if (stored + top.size() > neighbours.length) {
                int capacity = Math.max(stored + top.size(), neighbours.length * 2);
                neighbours = Arrays.copyOf(neighbours, capacity);
                similarities = Arrays.copyOf(similarities, capacity);
            }
            for (int r = 0; r < top.size(); r++) {
                neighbours[stored] = top.item(r);
                similarities[stored] = top.score(r);
                stored++;
            }
            pointers[i + 1] = stored;
            for (int c = 0; c < count; c++) {
                int j = touched[c];
                dots[j] = 0;
                seen[j] = false;
            }
        }
        return new Neighbourhood(pointers, Arrays.copyOf(neighbours, stored), Arrays.copyOf(similarities, stored));
    }

    int start(int column) {
        return pointers[column];
    }

    int end(int column) {
        return pointers[column + 1];
    }

    int neighbourAt(int position) {
        return neighbours[position];
    }

    double similarityAt(int position) {
        return similarities[position];
    }

    /** The similarity of columns {@code a} and {@code b} if b is among a's neighbours, else 0. */
    double similarity(int a, int b) {
        for (int p = pointers[a]; p < pointers[a + 1]; p++) {
            if (neighbours[p] == b) {
                return similarities[p];
            }
        }
        return 0;
    }
}
