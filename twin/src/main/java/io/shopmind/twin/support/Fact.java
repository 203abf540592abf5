package io.shopmind.twin.support;

import java.util.List;
import java.util.Locale;

/**
 * Something a correct reply states: one of {@code anyOf} appears in it and none of {@code noneOf} (so "not in
 * stock" never counts as "in stock"). Compared case-insensitively.
 */
public record Fact(List<String> anyOf, List<String> noneOf) {

    public Fact {
        anyOf = List.copyOf(anyOf);
        noneOf = List.copyOf(noneOf);
    }

    public static Fact mentions(String... phrases) {
        return new Fact(List.of(phrases), List.of());
    }

    public boolean statedIn(String reply) {
        String text = reply.toLowerCase(Locale.ROOT);
        return noneOf.stream().noneMatch(p -> text.contains(p.toLowerCase(Locale.ROOT)))
                && anyOf.stream().anyMatch(p -> text.contains(p.toLowerCase(Locale.ROOT)));
    }
}
