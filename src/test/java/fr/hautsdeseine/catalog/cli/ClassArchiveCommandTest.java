package fr.hautsdeseine.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.JarClasspath;
import fr.hautsdeseine.catalog.Main;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code class-archive} in JVMs of their own, on a classpath of jars ({@link JarClasspath}): class data sharing
 * archives only classes from jar files.
 */
class ClassArchiveCommandTest {
    @TempDir
    Path dir;

    @Test
    void writes_an_archive_the_jvm_maps_and_loads_the_servers_classes_from_never_touching_the_configured_store()
            throws Exception {
        String classpath = JarClasspath.in(dir);
        Path operatorsStore = Files.createDirectories(dir.resolve("operators-store"));
        Path archive = dir.resolve("archives/classes.jsa");

        Result made = java(List.of("-cp", classpath, Main.class.getName(), "class-archive", archive.toString()),
                operatorsStore);

        assertThat(made.status()).as(made.output()).isZero();
        assertThat(made.output()).contains("Class archive written: " + archive.toAbsolutePath(),
                "-XX:SharedArchiveFile=" + archive.toAbsolutePath());
        assertThat(archive).isRegularFile();
        assertThat(archive.resolveSibling("classes.jsa.partial")).doesNotExist();
        // The warm-up ran on a store of its own: the one the environment names is untouched.
        try (Stream<Path> files = Files.list(operatorsStore)) {
            assertThat(files).isEmpty();
        }
        // -Xshare:on makes the JVM fail rather than run without the archive: it maps, and serves our classes.
        Result used = java(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info",
                "-cp", classpath, Main.class.getName(), "--help"), operatorsStore);
        assertThat(used.status()).as(used.output()).isZero();
        assertThat(used.output()).containsPattern("fr\\.hautsdeseine\\.catalog\\.Main source: shared objects file")
                .contains("Usage: catalog");
    }

    @Test
    void a_classpath_the_jvm_cannot_archive_fails_with_its_reason_and_leaves_the_earlier_archive() throws Exception {
        Path archive = Files.writeString(dir.resolve("classes.jsa"), "the earlier archive");
        // A directory of classes on the classpath: the JVM refuses to archive it.
        String classpath = JarClasspath.classesDirectory() + File.pathSeparator + JarClasspath.in(dir);

        Result made = java(List.of("-cp", classpath, Main.class.getName(), "class-archive", archive.toString()),
                Files.createDirectories(dir.resolve("store")));

        assertThat(made.status()).isEqualTo(1);
        assertThat(made.output()).contains("The warm-up run failed", "no archive written", "a classpath of jar files only");
        assertThat(archive).hasContent("the earlier archive");
        assertThat(dir.resolve("classes.jsa.partial")).doesNotExist();
    }

    @Test
    void a_place_no_archive_can_be_written_to_is_named_with_its_reason() throws IOException {
        StringWriter err = new StringWriter();
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        int status = new CommandLine(new Main()).setErr(new PrintWriter(err))
                .execute("class-archive", file.resolve("classes.jsa").toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).startsWith("Cannot write the archive in " + file.toAbsolutePath())
                .doesNotContain("\tat ");
    }

    private record Result(int status, String output) {
    }

    private Result java(List<String> arguments, Path store) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(arguments);
        Path output = Files.createTempFile(dir, "java", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("CATALOG_DATA_DIR", store.toString());
        builder.environment().put("CATALOG_PORT", "1");
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("java did not end within 5 minutes: " + Files.readString(output));
        }
        return new Result(process.exitValue(), new String(Files.readAllBytes(output), StandardCharsets.UTF_8));
    }
}
