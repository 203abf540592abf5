package io.shopmind.servicesupport.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Request body limits.
 *
 * @param maxBodySize   the largest body an ordinary request may carry
 * @param maxImportSize the largest body of a bulk import (CSV files)
 * @param importPaths   Ant-style patterns of the bulk-import paths
 */
@ConfigurationProperties("shopmind.http")
public record HttpLimitsProperties(
        @DefaultValue("16MB") DataSize maxBodySize,
        @DefaultValue("1GB") DataSize maxImportSize,
        @DefaultValue({"/api/v1/*/imports", "/api/v1/*/imports/**", "/api/v1/*/*/imports"}) List<String> importPaths) {
}
