/** The gateway: the only public entrance to ShopMind. */
package io.shopmind.gateway;
