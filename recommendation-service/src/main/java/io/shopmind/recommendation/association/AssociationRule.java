package io.shopmind.recommendation.association;

/**
 * A pairwise rule "baskets with {@code antecedent} also hold {@code consequent}".
 *
 * @param antecedent item index A
 * @param consequent item index B
 * @param count      baskets holding both
 * @param support    P(A ∧ B), the share of baskets holding both
 * @param confidence P(B | A)
 * @param lift       P(B | A) / P(B); above 1 when A makes B likelier
 */
public record AssociationRule(int antecedent, int consequent, int count, double support, double confidence,
        double lift) {
}
