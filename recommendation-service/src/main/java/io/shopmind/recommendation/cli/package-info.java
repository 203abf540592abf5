/**
 * The command line: offline evaluation of the served models on any interaction file or planted data, without a
 * server or a database. Plain Java, no Spring.
 */
@PlainJava
package io.shopmind.recommendation.cli;

import io.shopmind.model.PlainJava;
