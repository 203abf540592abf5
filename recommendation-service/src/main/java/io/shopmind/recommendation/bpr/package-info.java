/** Bayesian personalised ranking with matrix factorisation (Rendle et al. 2009), seeded SGD. Plain Java, no Spring. */
@PlainJava
package io.shopmind.recommendation.bpr;

import io.shopmind.model.PlainJava;
