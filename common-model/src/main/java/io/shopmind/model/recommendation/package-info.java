/** What recommendation-service serves to other apps: ranked lists with their source and explanations. */
package io.shopmind.model.recommendation;
