/** Routing to the services, with timeouts and problem answers when a service is down or slow. */
package io.shopmind.gateway.routing;
