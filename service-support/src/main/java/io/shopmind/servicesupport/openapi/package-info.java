/** Every service's OpenAPI document made true: problem responses, JSON media types, no internal server URLs. */
package io.shopmind.servicesupport.openapi;
