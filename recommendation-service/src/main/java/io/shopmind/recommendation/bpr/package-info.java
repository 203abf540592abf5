/** Bayesian personalised ranking with matrix factorisation (Rendle et al. 2009), seeded SGD. Plain Java, no Spring. */
package io.shopmind.recommendation.bpr;
