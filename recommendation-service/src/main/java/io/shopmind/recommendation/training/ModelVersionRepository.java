package io.shopmind.recommendation.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModelVersionRepository extends JpaRepository<ModelVersion, Long> {

    List<ModelVersion> findTop50ByOrderByVersionDesc();

    Optional<ModelVersion> findByActiveTrue();
}
