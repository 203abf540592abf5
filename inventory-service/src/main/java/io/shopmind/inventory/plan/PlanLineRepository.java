package io.shopmind.inventory.plan;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanLineRepository extends JpaRepository<PlanLine, Long> {

    List<PlanLine> findByPlanIdOrderBySkuAscWeekAsc(UUID planId);
}
