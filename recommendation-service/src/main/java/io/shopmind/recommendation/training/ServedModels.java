package io.shopmind.recommendation.training;

import io.shopmind.recommendation.model.ServedModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The models this replica serves. The active one sits in an {@link AtomicReference}, so a request sees either the
 * old or the new model, never a mix; it is loaded at start-up and re-checked every few seconds, so activating a
 * version on one replica reaches all. Other versions (for experiments) are loaded on first use and a few are kept.
 */
@Component
public class ServedModels {

    private static final Logger log = LoggerFactory.getLogger(ServedModels.class);
    private static final int KEPT_VERSIONS = 4;

    /** A loaded model and its version. */
    public record Loaded(long version, ServedModel model) {

        /** How responses name it, e.g. {@code als:v3}. */
        public String label() {
            return model.algorithm() + ":v" + version;
        }
    }

    private final ModelStore store;
    private final AtomicReference<Loaded> active = new AtomicReference<>();
    private final Map<Long, Loaded> versions = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Loaded> eldest) {
            return size() > KEPT_VERSIONS;
        }
    };

    public ServedModels(ModelStore store) {
        this.store = store;
    }

    public Optional<Loaded> active() {
        return Optional.ofNullable(active.get());
    }

    /** The given version, loaded from the database on first use; empty when it does not exist. */
    public Optional<Loaded> version(long version) {
        Loaded current = active.get();
        if (current != null && current.version() == version) {
            return Optional.of(current);
        }
        synchronized (versions) {
            Loaded cached = versions.get(version);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        Optional<Loaded> loaded = store.load(version).map(model -> new Loaded(version, model));
        loaded.ifPresent(l -> {
            synchronized (versions) {
                versions.put(version, l);
            }
        });
        return loaded;
    }

    /** Serves {@code loaded} from now on. */
    public void serve(Loaded loaded) {
        active.set(loaded);
        log.info("Serving model {}", loaded.label());
    }

    @EventListener(ApplicationReadyEvent.class)
    public void loadActiveAtStartup() {
        syncWithDatabase();
    }

    /** Picks up a version another replica activated. */
    @Scheduled(fixedDelay = 5000, initialDelay = 5000)
    public void syncWithDatabase() {
        Optional<Long> version = store.activeVersion();
        Loaded current = active.get();
        if (version.isPresent() && (current == null || current.version() != version.get())) {
            version(version.get()).ifPresent(this::serve);
        }
    }
}
