/**
 * Common random numbers for the twin: one keyed stream per source of randomness, so one arm's decisions never shift
 * another arm's draws. Pure Java: no Spring, JPA or servlet.
 */
package io.shopmind.twin.random;
