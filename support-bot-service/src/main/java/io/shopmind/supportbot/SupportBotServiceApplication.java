package io.shopmind.supportbot;

import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.ServiceApplication;
import io.shopmind.supportbot.understanding.OnnxSentenceEncoder;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Customer support: answers from intents and FAQ knowledge, the order read-model, and handoffs to humans. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SupportBotServiceApplication {

    public static void main(String[] args) {
        ServiceApplication.builder(SupportBotServiceApplication.class, ShopMindService.SUPPORT).run(args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The ONNX sentence encoders, loaded once per JVM and shared by the intent model and the FAQ index. */
    @Bean
    OnnxSentenceEncoder sentenceEncoder(SupportProperties properties) {
        return OnnxSentenceEncoder.shared(properties.understanding().embeddingCacheSize());
    }
}
