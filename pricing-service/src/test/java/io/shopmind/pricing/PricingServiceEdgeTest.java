package io.shopmind.pricing;

import io.shopmind.servicesupport.contract.ServiceEdgeContractTest;

class PricingServiceEdgeTest extends ServiceEdgeContractTest {
}
