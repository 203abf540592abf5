package io.shopmind.supportbot;

import io.shopmind.servicesupport.contract.ServiceApiContractTest;

class SupportBotServiceApiContractTest extends ServiceApiContractTest {
}
