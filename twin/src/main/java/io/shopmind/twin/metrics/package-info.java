/** Per-arm metrics of a twin run and paired comparisons of arms over seeds. Pure Java: no Spring, JPA or servlet. */
package io.shopmind.twin.metrics;
