/** Price proposals with their reasons, and the ops decisions on them: approve or reject, one by one or in bulk. */
package io.shopmind.pricing.proposal;
