package io.shopmind.forecast;

import io.shopmind.servicesupport.contract.ServiceApiContractTest;

class ForecastServiceApiContractTest extends ServiceApiContractTest {
}
