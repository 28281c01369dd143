package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.CatalogServer;
import fr.hautsdeseine.catalog.config.CatalogConfig;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Start the catalog server (the default command).")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--port", description = "HTTP port (CATALOG_PORT, default 8080)")
    Integer port;

    @Option(names = "--no-demo", description = "do not load the demo catalog into an empty store (CATALOG_DEMO=false)")
    boolean noDemo;

    @Override
    public Integer call() throws InterruptedException {
        CatalogConfig config = store.config();
        if (port != null) {
            config = config.withPort(port);
        }
        if (noDemo) {
            config = config.withDemo(false);
        }
        CatalogServer server = CatalogServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM and Ctrl-C run shutdown hooks: close the store cleanly before the JVM exits.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "catalog-shutdown"));
        stopped.await();
        return 0;
    }
}
