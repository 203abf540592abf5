package io.shopmind.recommendation.linalg;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Spreads independent rows or column chunks of a dense kernel over the cores. Rows are split between threads, never
 * sums, so a result does not depend on the number of cores.
 */
final class Parallel {

    /** Below this size one thread is faster than handing rows out. */
    static final int FROM = 256;

    private Parallel() {
    }

    /** Work on the columns {@code from..to−1}. */
    interface ColumnChunk {
        void run(int from, int to);
    }

    /** Runs {@code body} for rows {@code from..to−1}, on all cores when the rows hold enough work. */
    static void forRows(int from, int to, int length, IntConsumer body) {
        if ((long) (to - from) * length < (long) FROM * FROM) {
            for (int i = from; i < to; i++) {
                body.accept(i);
            }
        } else {
            IntStream.range(from, to).parallel().forEach(body);
        }
    }

    /**
     * Runs {@code body} over columns {@code 0..columns−1} in one chunk per core, on all cores when there is enough
     * work. Column j's work grows with {@code columns − j}, so the chunks narrow towards the start to hold equal work.
     */
    static void forChunks(int columns, ColumnChunk body) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (columns < FROM || cores == 1) {
            body.run(0, columns);
            return;
        }
        int[] bounds = new int[cores + 1];
        for (int c = 1; c < cores; c++) {
            bounds[c] = (int) Math.round(columns * (1 - Math.sqrt(1 - (double) c / cores)));
        }
        bounds[cores] = columns;
        IntStream.range(0, cores).parallel().forEach(c -> body.run(bounds[c], bounds[c + 1]));
    }
}
