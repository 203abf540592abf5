package io.shopmind.recommendation.model;

/**
 * Selects the k highest scores with a bounded min-heap in O(n log k) time and O(k) space. Ties are broken by the
 * lower item index, so selection is deterministic; NaN and negative-infinite scores are never selected.
 */
public final class TopK {

    private TopK() {
    }

    public static RankedItems select(double[] scores, int k) {
        return select(scores, null, scores.length, k);
    }

    /**
     * Selects among {@code candidates[0..count)} only (each index at most once), or among all indices of
     * {@code scores} when {@code candidates} is null.
     */
    public static RankedItems select(double[] scores, int[] candidates, int count, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k: must be at least 1, was " + k);
        }
        int capacity = Math.min(k, count);
        int[] heapItems = new int[capacity];
        double[] heapScores = new double[capacity];
        int size = 0;
        for (int c = 0; c < count; c++) {
            int i = candidates == null ? c : candidates[c];
            double s = scores[i];
            if (!(s > Double.NEGATIVE_INFINITY)) {
                continue;
            }
            if (size < capacity) {
                heapItems[size] = i;
                heapScores[size] = s;
                siftUp(heapItems, heapScores, size);
                size++;
            } else if (capacity > 0 && better(s, i, heapScores[0], heapItems[0])) {
                heapItems[0] = i;
                heapScores[0] = s;
                siftDown(heapItems, heapScores, size, 0);
            }
        }
        // pop the worst repeatedly, filling the result from the back
        int[] items = new int[size];
        double[] ranked = new double[size];
        for (int n = size; n > 0; n--) {
            items[n - 1] = heapItems[0];
            ranked[n - 1] = heapScores[0];
            heapItems[0] = heapItems[n - 1];
            heapScores[0] = heapScores[n - 1];
            siftDown(heapItems, heapScores, n - 1, 0);
        }
        return new RankedItems(items, ranked);
    }

    /** Whether (scoreA, itemA) ranks before (scoreB, itemB). */
    private static boolean better(double scoreA, int itemA, double scoreB, int itemB) {
        return scoreA > scoreB || (scoreA == scoreB && itemA < itemB);
    }

    private static void siftUp(int[] items, double[] scores, int index) {
        int child = index;
        while (child > 0) {
            int parent = (child - 1) >>> 1;
            if (!better(scores[parent], items[parent], scores[child], items[child])) {
                break;
            }
            swap(items, scores, parent, child);
            child = parent;
        }
    }

    private static void siftDown(int[] items, double[] scores, int size, int index) {
        int parent = index;
        while (true) {
            int left = 2 * parent + 1;
            if (left >= size) {
                return;
            }
            int worst = left;
            int right = left + 1;
            if (right < size && better(scores[left], items[left], scores[right], items[right])) {
                worst = right;
            }
            if (!better(scores[parent], items[parent], scores[worst], items[worst])) {
                return;
            }
            swap(items, scores, parent, worst);
            parent = worst;
        }
    }

    private static void swap(int[] items, double[] scores, int a, int b) {
        int item = items[a];
        items[a] = items[b];
        items[b] = item;
        double score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
    }
}
