package io.shopmind.recommendation;

import io.shopmind.servicesupport.contract.ServiceApiContractTest;

class RecommendationServiceApiContractTest extends ServiceApiContractTest {
}
