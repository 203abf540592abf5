/** The twin's command line: options, progress with percent and ETA, the report. Pure Java: no Spring, JPA or servlet. */
package io.shopmind.twin.cli;
