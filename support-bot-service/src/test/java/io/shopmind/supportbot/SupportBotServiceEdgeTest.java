package io.shopmind.supportbot;

import io.shopmind.servicesupport.contract.ServiceEdgeContractTest;

class SupportBotServiceEdgeTest extends ServiceEdgeContractTest {
}
