/**
 * The local suite: one JVM running an embedded PostgreSQL (or an existing one), the gateway and the five
 * services, each in its own Spring context with its own datasource, and a demo shop's events.
 */
package io.shopmind.suite;
