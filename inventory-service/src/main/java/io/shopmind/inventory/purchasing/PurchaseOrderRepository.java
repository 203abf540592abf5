package io.shopmind.inventory.purchasing;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, UUID> {

    List<PurchaseOrder> findByStatusOrderByCreatedAtDesc(PurchaseOrderStatus status, Limit limit);

    List<PurchaseOrder> findAllByOrderByCreatedAtDesc(Limit limit);
}
