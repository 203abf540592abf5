/**
 * Real PostgreSQL without Docker: the embedded server of the local suite and of the tests, and the provisioning of
 * one schema and one role per service, each role with rights on its own schema alone.
 */
package io.shopmind.database;
