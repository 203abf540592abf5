/**
 * The twin's report: JSON with every figure, CSVs of the raw daily totals and labelled support replies, and an HTML
 * page with charts (ECharts from its WebJar, inlined, so the page opens offline). Pure Java: no Spring, JPA or servlet.
 */
package io.shopmind.twin.report;
