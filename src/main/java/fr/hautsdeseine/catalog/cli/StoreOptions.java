package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.config.CatalogConfig;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command shares; each overrides its CATALOG_* environment variable. */
public final class StoreOptions {
    @Option(names = "--data-dir", description = "TDB2 store directory (CATALOG_DATA_DIR, default ./data)")
    Path dataDir;

    @Option(names = "--base-url", description = "public base URL (CATALOG_BASE_URL, default http://localhost:PORT)")
    String baseUrl;

    CatalogConfig config() {
        return config(System.getenv());
    }

    /** The configuration from these variables, overridden by the flags given. */
    CatalogConfig config(Map<String, String> environment) {
        CatalogConfig config = CatalogConfig.from(environment);
        if (dataDir != null) {
            config = config.withDataDir(dataDir);
        }
        if (baseUrl != null) {
            config = config.withBaseUrl(baseUrl);
        }
        return config;
    }
}
