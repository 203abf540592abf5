/** Competitors' prices, which move on their own and which shoppers compare with. Pure Java: no Spring, JPA or servlet. */
package io.shopmind.twin.market;
