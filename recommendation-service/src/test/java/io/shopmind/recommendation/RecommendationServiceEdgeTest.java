package io.shopmind.recommendation;

import io.shopmind.servicesupport.contract.ServiceEdgeContractTest;

class RecommendationServiceEdgeTest extends ServiceEdgeContractTest {
}
