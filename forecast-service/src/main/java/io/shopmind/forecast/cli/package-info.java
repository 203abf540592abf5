/** The command line: forecast or evaluate a long-format CSV without a server or a database. */
package io.shopmind.forecast.cli;
