/** RFC 9457 problem details for every error a service answers. */
package io.shopmind.servicesupport.problem;
