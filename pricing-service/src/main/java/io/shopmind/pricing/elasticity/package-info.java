/**
 * Pure Java (no Spring, JPA or servlet): price elasticity per SKU from sales history, log-log regression or a
 * Poisson GLM (Smile) with controls for trend, weekly and yearly seasonality and promotion, cross-price effects
 * within a category where the data supports them, and empirical-Bayes shrinkage towards the category.
 */
package io.shopmind.pricing.elasticity;
