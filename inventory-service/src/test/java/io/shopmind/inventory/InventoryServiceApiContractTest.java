package io.shopmind.inventory;

import io.shopmind.servicesupport.contract.ServiceApiContractTest;

class InventoryServiceApiContractTest extends ServiceApiContractTest {
}
