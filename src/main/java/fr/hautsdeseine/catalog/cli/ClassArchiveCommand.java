package fr.hautsdeseine.catalog.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code class-archive FILE}: writes a class data sharing archive of the classes a start-up and the first
 * requests load, for {@code java -XX:SharedArchiveFile=FILE -jar catalog.jar serve}. Loading them from the
 * archive instead of the jar takes about a second off every start. The archive is made by a JVM of its own,
 * the same Java and classpath as this one, running {@link WarmUpCommand}; it replaces FILE only once whole.
 * An archive made by another jar or another Java is ignored (with a warning) by the JVM that is given it.
 */
@Command(name = "class-archive", description = "Write a class data sharing archive that makes the server start faster:"
        + " start it with java -XX:SharedArchiveFile=FILE -jar catalog.jar serve. Make it again after each upgrade"
        + " of the jar or of Java (docs/operations.md).")
public final class ClassArchiveCommand implements Callable<Integer> {
    private static final long TIME_LIMIT_MINUTES = 5;
    /** The last lines of the warm-up run's output shown when it fails. */
    private static final int LINES_SHOWN = 20;

    @Parameters(paramLabel = "FILE", description = "the archive to write, e.g. /var/lib/catalog/classes.jsa")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            err.printf("Cannot write the archive in %s: %s%n", target.getParent(), e);
            return 1;
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = Files.createTempFile("catalog-warm-up", ".log");
        try {
            return archive(java, partial, target, output, out, err);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private int archive(Path java, Path partial, Path target, Path output, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        Process child = new ProcessBuilder(List.of(java.toString(), "-XX:ArchiveClassesAtExit=" + partial,
                "-cp", absolute(System.getProperty("java.class.path")), "fr.hautsdeseine.catalog.Main", "warm-up"))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!child.waitFor(TIME_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            child.destroyForcibly().waitFor();
            Files.deleteIfExists(partial);
            err.printf("The warm-up run took more than %d minutes; no archive written%n", TIME_LIMIT_MINUTES);
            return 1;
        }
        if (child.exitValue() != 0 || !Files.isRegularFile(partial)) {
            Files.deleteIfExists(partial);
            // Without the JVM's warnings about classes it leaves out (old class files, signed jars): they are not why.
            List<String> lines = new String(Files.readAllBytes(output), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.contains("[warning][cds"))
                    .toList();
            lines.subList(Math.max(0, lines.size() - LINES_SHOWN), lines.size()).forEach(err::println);
            err.printf("The warm-up run failed (exit status %d); no archive written. The JVM needs class data sharing"
                    + " (JDK 13 or later) and a classpath of jar files only%n", child.exitValue());
            return 1;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out.printf("Class archive written: %s (%d MB). Start the server with: java -XX:SharedArchiveFile=%s -jar"
                + " catalog.jar serve%n", target, Files.size(target) / (1024 * 1024), target);
        return 0;
    }

    /** The classpath with every entry absolute, so that the archive names the jar as any start will find it. */
    private static String absolute(String classpath) {
        return Arrays.stream(classpath.split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
