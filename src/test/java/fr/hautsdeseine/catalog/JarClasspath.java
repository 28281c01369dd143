package fr.hautsdeseine.catalog;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The server's classpath made of jar files only, as class data sharing needs: the server's classes put in a
 * jar (as {@code mvn package} would), then this JVM's dependency jars, without Surefire's own (one of them names
 * the class directories in its manifest).
 */
public final class JarClasspath {
    private JarClasspath() {
    }

    /** The classpath, with the server's jar written into {@code directory} (once). */
    public static String in(Path directory) throws IOException {
        List<String> entries = new ArrayList<>(List.of(serverJar(directory).toString()));
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar") && !Path.of(entry).getFileName().toString().startsWith("surefire")
                        && Files.isRegularFile(Path.of(entry)))
                .forEach(entries::add);
        return String.join(File.pathSeparator, entries);
    }

    /** The jar of the server's classes in {@code directory}, written on the first call. */
    public static Path serverJar(Path directory) throws IOException {
        Path jar = directory.resolve("catalog-classes.jar");
        if (!Files.exists(jar)) {
            write(classesDirectory(), jar);
        }
        return jar;
    }

    /** Where the server's compiled classes are (target/classes). */
    public static Path classesDirectory() {
        try {
            return Path.of(CatalogServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> paths = Files.walk(classes)) {
            // Directories too: the server finds its static files' directory on the classpath.
            for (Path path : paths.filter(path -> !path.equals(classes)).toList()) {
                String name = classes.relativize(path).toString().replace(File.separatorChar, '/');
                out.putNextEntry(new JarEntry(Files.isDirectory(path) ? name + "/" : name));
                if (Files.isRegularFile(path)) {
                    Files.copy(path, out);
                }
                out.closeEntry();
            }
        }
    }
}
