/**
 * SKU segmentation and stock health: ABC classes by share of consumption value, XYZ classes by
 * coefficient of variation of demand, and health figures (days of cover, stockout risk over the
 * lead time, excess stock, turnover). Pure Java, no framework dependencies.
 */
@PlainJava
package io.shopmind.inventory.classification;

import io.shopmind.model.PlainJava;
