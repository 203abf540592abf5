package io.shopmind.supportbot;

import io.shopmind.servicesupport.contract.ServiceApiContractTest;
import io.shopmind.supportbot.model.ModelRepository;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

class SupportBotServiceApiContractTest extends ServiceApiContractTest {

    @Autowired
    ModelRepository models;

    /** The probes expect answers, not the 503 of a bot still training its first model. */
    @BeforeEach
    void modelReady() throws InterruptedException {
        FirstModel.await(models);
    }
}
