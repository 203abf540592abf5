/** HTTP edges every service shares: request ids in and out, and body-size limits. */
package io.shopmind.servicesupport.http;
