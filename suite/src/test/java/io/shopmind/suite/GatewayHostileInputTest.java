package io.shopmind.suite;

import static io.shopmind.suite.TestSuite.body;
import static io.shopmind.suite.TestSuite.gateway;
import static io.shopmind.suite.TestSuite.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.contract.ApiProbe;
import io.shopmind.servicesupport.contract.OpenApiDocument;
import io.shopmind.servicesupport.contract.StoredState;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The services' OpenAPI documents, as the gateway serves them, against the services through the gateway: each
 * operation answers as its document says, and seeded hostile calls never answer 5xx (the gateway passes a service's
 * 4xx on unchanged), always answer problems naming the field, and leave what the service stored as it was when
 * refused.
 */
class GatewayHostileInputTest {

    private static final long SEED = 20261202L;
    /**
     * Fewer than each service's own contract test sends: these calls check the gateway's pass-through, and every
     * case is followed by a digest of the service's whole schema.
     */
    private static final int CASES_PER_OPERATION = 3;

    @ParameterizedTest
    @EnumSource(value = ShopMindService.class, names = {"RECOMMENDATION", "FORECAST", "INVENTORY"})
    void hostileInputThroughTheGatewayNeverBreaksAService(ShopMindService service) throws Exception {
        OpenApiDocument document = new OpenApiDocument(body(get(gateway("/openapi/" + service.pathSegment()))));
        ApiProbe probe = new ApiProbe(document, TestSuite.running().gatewayUrl());
        StoredState state = new StoredState(new JdbcTemplate(TestSuite.running().embeddedDatabase()
                .serviceDataSource(service)), service.schema());

        List<String> truth = probe.truth(SEED);
        List<String> fuzz = probe.fuzz(SEED, CASES_PER_OPERATION, state::digest);

        assertThat(truth).as("calls through the gateway that disagree with the document").isEmpty();
        assertThat(fuzz).as("hostile calls through the gateway that broke the service").isEmpty();
    }
}
