package io.shopmind.forecast;

import io.shopmind.servicesupport.contract.ServiceEdgeContractTest;

class ForecastServiceEdgeTest extends ServiceEdgeContractTest {
}
