package io.shopmind.inventory.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<Plan, UUID> {

    /** The newest plan of a warehouse in one of the given states. */
    Optional<Plan> findFirstByWarehouseAndStatusInOrderByCreatedAtDesc(String warehouse, List<PlanStatus> statuses);
}
