/** Long-running work as jobs: recorded in the service's schema, with progress, ETA, result link and error. */
package io.shopmind.servicesupport.job;
