package io.shopmind.twin.simulation;

/**
 * What a visitor saw and how she ranked it.
 *
 * @param viewed        SKUs she opened, in the order she opened them
 * @param viewedFromRecommendation per viewed SKU, she opened it from the recommendation strip
 * @param recommendationSlotsShown how many recommendation slots were on the page
 * @param ranked        the viewed SKUs she would buy, best first (utility above not buying)
 */
record Browsing(int[] viewed, boolean[] viewedFromRecommendation, int recommendationSlotsShown, int[] ranked) {
}
