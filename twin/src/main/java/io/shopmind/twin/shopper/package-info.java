/** The twin's shoppers: latent tastes, how often they come, how price-sensitive they are, their language. Pure Java: no Spring, JPA or servlet. */
package io.shopmind.twin.shopper;
