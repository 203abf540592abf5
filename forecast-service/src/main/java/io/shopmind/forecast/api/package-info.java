/** forecast-service's request and response records that common-model does not already hold. */
package io.shopmind.forecast.api;
