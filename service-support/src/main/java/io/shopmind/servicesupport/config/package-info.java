/** Configuration every service shares: defaults derived from the service's name, and the auto-configuration. */
package io.shopmind.servicesupport.config;
