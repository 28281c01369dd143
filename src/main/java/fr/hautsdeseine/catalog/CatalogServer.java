package fr.hautsdeseine.catalog;

import fr.hautsdeseine.catalog.config.CatalogConfig;
import fr.hautsdeseine.catalog.ingest.Importer;
import fr.hautsdeseine.catalog.ingest.StartupData;
import fr.hautsdeseine.catalog.search.IndexSync;
import fr.hautsdeseine.catalog.search.SearchIndex;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.web.WebApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the store, the start-up data and the web server together, and takes them down again. */
public final class CatalogServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CatalogServer.class);
    /** The search index lives beside the store, and is rebuilt from it when missing or stale. */
    public static final String SEARCH_INDEX_DIRECTORY = "search-index";

    private final CatalogConfig config;
    private final CatalogStore store;
    private final SearchIndex search;
    private final Javalin web;

    private CatalogServer(CatalogConfig config, CatalogStore store, SearchIndex search, Javalin web) {
        this.config = config;
        this.store = store;
        this.search = search;
        this.web = web;
    }

    /** Starts the server; port 0 picks a free port (and a base URL on it, unless one was set). */
    public static CatalogServer start(CatalogConfig requested) {
        long started = System.nanoTime();
        CatalogConfig config = requested.port() == 0 ? requested.withPort(freePort()) : requested;
        CatalogStore store = CatalogStore.open(config.dataDir(), new CatalogIris(config.baseUrl()));
        SearchIndex search = null;
        try {
            Importer importer = new Importer(store);
            StartupData startup = new StartupData(store, importer);
            startup.ensureCatalogDescription();
            startup.ensureVocabularies();
            if (config.loadDemo()) {
                startup.loadDemoIfEmpty();
            }
            search = SearchIndex.open(config.dataDir().resolve(SEARCH_INDEX_DIRECTORY));
            new IndexSync(store, search).start();
            Javalin web = WebApp.create(config, store, importer, search).start();
            log.info("[startup] catalog of {} records served at {} (port {}) in {} ms", store.recordCount(),
                    config.baseUrl(), config.port(), (System.nanoTime() - started) / 1_000_000);
            return new CatalogServer(config, store, search, web);
        } catch (RuntimeException e) {
            if (search != null) {
                search.close();
            }
            store.close();
            throw e;
        }
    }

    public CatalogConfig config() {
        return config;
    }

    public int port() {
        return web.port();
    }

    public CatalogStore store() {
        return store;
    }

    public SearchIndex search() {
        return search;
    }

    @Override
    public void close() {
        web.stop();
        search.close();
        store.close();
        log.info("[shutdown] store closed");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
