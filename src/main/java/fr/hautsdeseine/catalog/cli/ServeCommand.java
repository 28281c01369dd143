package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.CatalogServer;
import fr.hautsdeseine.catalog.config.CatalogConfig;
import fr.hautsdeseine.catalog.config.ReplicationConfig;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = "Start the catalog server (the default command).")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--port", description = "HTTP port (CATALOG_PORT, default 8080)")
    Integer port;

    @Option(names = "--no-demo", description = "do not load the demo catalog into an empty store (CATALOG_DEMO=false)")
    boolean noDemo;

    @Option(names = "--role", paramLabel = "primary|replica",
            description = "primary (the default) takes every write; a replica serves reads from the primary's log (CATALOG_ROLE)")
    String role;

    @Option(names = "--kafka", paramLabel = "BOOTSTRAP",
            description = "Kafka bootstrap servers, host:port,...: a primary ships its change log there, a replica reads it"
                    + " (CATALOG_KAFKA_BOOTSTRAP)")
    String kafka;

    @Option(names = "--topic", description = "the change log's topic (CATALOG_KAFKA_TOPIC, default catalog-changes)")
    String topic;

    @Option(names = "--primary-url", paramLabel = "URL",
            description = "on a replica: the primary's URL, named when a write is refused (CATALOG_PRIMARY_URL)")
    String primaryUrl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        CatalogConfig config = store.config();
        if (port != null) {
            config = config.withPort(port);
        }
        if (noDemo) {
            config = config.withDemo(false);
        }
        ReplicationConfig replication;
        try {
            replication = ReplicationConfig.from(System.getenv(), role, kafka, topic, primaryUrl);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        CatalogServer server = CatalogServer.start(config, replication);
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
