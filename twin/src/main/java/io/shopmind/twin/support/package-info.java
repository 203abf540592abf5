/**
 * Support contacts that shoppers write about their real orders and the SKUs they met, in English and Chinese, each
 * with its true answer, and the judge that scores a reply against it. Pure Java: no Spring, JPA or servlet.
 */
package io.shopmind.twin.support;
