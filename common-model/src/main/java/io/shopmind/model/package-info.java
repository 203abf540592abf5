/**
 * The contracts shared by ShopMind's apps: what crosses a process boundary and nothing else.
 * No business logic and no Spring beans live here.
 */
@PlainJava
package io.shopmind.model;
