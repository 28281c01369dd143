package fr.hautsdeseine.catalog;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker in KRaft mode (broker and controller in one process), in a JVM of its own on the
 * jars the build resolved into {@code target/kafka-broker.classpath}; stopped and started again on the
 * same ports and log directory, as an outage would.
 */
final class KafkaBroker implements AutoCloseable {
    private static final Path CLASSPATH = Path.of("target", "kafka-broker.classpath");

    private final Path directory;
    private final int port;
    private final Path properties;
    private final String classpath;
    private Process process;

    private KafkaBroker(Path directory, int port, Path properties, String classpath) {
        this.directory = directory;
        this.port = port;
        this.properties = properties;
        this.classpath = classpath;
    }

    /** Formats a log directory under {@code directory} and starts the broker; returns once it answers. */
    static KafkaBroker start(Path directory) throws IOException, InterruptedException {
        if (!Files.exists(CLASSPATH)) {
            throw new IllegalStateException(CLASSPATH + " is missing: run the tests through Maven (mvn test), whose"
                    + " generate-test-resources phase writes it");
        }
        int port = TestCatalog.freePort();
        int controller = TestCatalog.freePort();
        Path properties = directory.resolve("server.properties");
        Files.writeString(properties, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controller,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + directory.resolve("logs"),
                "num.partitions=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                ""));
        KafkaBroker broker = new KafkaBroker(directory, port, properties, Files.readString(CLASSPATH).trim());
        int formatted = broker.java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", properties.toString()).waitFor();
        if (formatted != 0) {
            throw new IllegalStateException("Formatting the Kafka log directory failed (" + formatted + "); see "
                    + directory.resolve("broker.log"));
        }
        broker.start();
        return broker;
    }

    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /** Starts the broker again (after {@link #stop}); returns once it answers. */
    void start() throws IOException, InterruptedException {
        process = java("kafka.Kafka", properties.toString());
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The Kafka broker exited with " + process.exitValue() + "; see "
                        + directory.resolve("broker.log"));
            }
            if (answers()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The Kafka broker did not answer within 120 s; see " + directory.resolve("broker.log"));
    }

    /** SIGTERM, and waits for the broker to end. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        } catch (IOException notYet) {
            return false;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000))) {
            admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
            return true;
        } catch (Exception notYet) {
            return false;
        }
    }

    private Process java(String mainClass, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-cp", classpath, mainClass));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("broker.log").toFile())).start();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
