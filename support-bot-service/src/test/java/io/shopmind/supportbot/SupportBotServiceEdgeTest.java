package io.shopmind.supportbot;

import io.shopmind.servicesupport.contract.ServiceEdgeContractTest;
import io.shopmind.supportbot.model.ModelRepository;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

class SupportBotServiceEdgeTest extends ServiceEdgeContractTest {

    @Autowired
    ModelRepository models;

    /** The contract's job needs a free worker; the first model's training holds one until it is done. */
    @BeforeEach
    void modelReady() throws InterruptedException {
        FirstModel.await(models);
    }
}
