/** Calling other services: where they are. */
package io.shopmind.servicesupport.client;
