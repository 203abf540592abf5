package io.shopmind.inventory.sku;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SkuRepository extends JpaRepository<Sku, String> {

    List<Sku> findBySupplierOrderBySku(String supplier, Limit limit);

    List<Sku> findAllByOrderBySku(Limit limit);
}
