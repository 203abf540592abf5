/**
 * Calibration of the twin: features of its generated sales (trend and seasonal strength, intermittency) beside
 * those of the series it was tuned on (R's classic series, the M3 monthly set). Pure Java: no Spring, JPA or servlet.
 */
package io.shopmind.twin.calibration;
