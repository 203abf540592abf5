/** Reading the CSV files of bulk imports, with every problem reported by its line. */
package io.shopmind.pricing.csv;
