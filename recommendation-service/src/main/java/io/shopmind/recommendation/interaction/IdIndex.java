package io.shopmind.recommendation.interaction;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An immutable two-way mapping between external string ids and dense int indices {@code 0..size-1},
 * in order of first appearance.
 */
public final class IdIndex {

    private final String[] ids;
    private final Map<String, Integer> indices;

    private IdIndex(String[] ids, Map<String, Integer> indices) {
        this.ids = ids;
        this.indices = indices;
    }

    /** Builds an index of the given ids, which must be distinct. */
    public static IdIndex of(String... ids) {
        Builder builder = new Builder();
        for (String id : ids) {
            if (builder.contains(id)) {
                throw new IllegalArgumentException("ids: duplicate id " + id);
            }
            builder.indexOf(id);
        }
        return builder.build();
    }

    public int size() {
        return ids.length;
    }

    /** The external id of index {@code index}. */
    public String idOf(int index) {
        if (index < 0 || index >= ids.length) {
            throw new IllegalArgumentException("index: " + index + " is outside 0.." + (ids.length - 1));
        }
        return ids[index];
    }

    /** The index of {@code id}, or -1 when the id is unknown. */
    public int indexOf(String id) {
        Integer index = indices.get(id);
        return index == null ? -1 : index;
    }

    public boolean contains(String id) {
        return indices.containsKey(id);
    }

    @Override
    public String toString() {
        return "IdIndex" + Arrays.toString(ids.length <= 10 ? ids : Arrays.copyOf(ids, 10)) + " size=" + ids.length;
    }

    /** Assigns indices to ids in order of first appearance. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Integer> indices = new HashMap<>();
        private String[] ids = new String[16];
        private int size;

        /** The index of {@code id}, assigning the next free index when the id is new. */
        public int indexOf(String id) {
            if (id == null || id.isEmpty()) {
                throw new IllegalArgumentException("id: must not be empty");
            }
            Integer existing = indices.get(id);
            if (existing != null) {
                return existing;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size] = id;
            indices.put(id, size);
            return size++;
        }

        public boolean contains(String id) {
            return indices.containsKey(id);
        }

        public int size() {
            return size;
        }

        public IdIndex build() {
            return new IdIndex(Arrays.copyOf(ids, size), new HashMap<>(indices));
        }
    }
}
