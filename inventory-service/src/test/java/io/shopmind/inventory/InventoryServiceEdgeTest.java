package io.shopmind.inventory;

import io.shopmind.servicesupport.contract.ServiceEdgeContractTest;

class InventoryServiceEdgeTest extends ServiceEdgeContractTest {
}
