/**
 * Training as a job, versioned models in PostgreSQL (so any replica can load them), and the models this replica
 * serves: the active version, swapped atomically when another is activated, and the versions an experiment uses.
 */
package io.shopmind.recommendation.training;
