/**
 * Experiments on the twin: arms on common random numbers over several seeds, paired comparisons, and the
 * rule-based shop's best fixed settings chosen on a seed of their own. Pure Java: no Spring, JPA or servlet.
 */
package io.shopmind.twin.experiment;
