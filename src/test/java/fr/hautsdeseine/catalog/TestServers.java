package fr.hautsdeseine.catalog;

import fr.hautsdeseine.catalog.config.BackOfficeConfig;
import fr.hautsdeseine.catalog.config.CatalogConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Owns the servers tests run against. A test class names what it needs on a {@link TestCatalog} field or
 * parameter, and gets it started and ready, and closed when no longer needed:
 * <ul>
 * <li>{@link SharedCatalog}: the demo catalog's one server for the whole run, for tests that only read;
 * <li>{@link FreshCatalog}: a new server over a new store in a temporary directory of its own, for the test
 * class (static field) or for each test (instance field, parameter).
 * </ul>
 * Each server is kept in the JUnit store of the scope it serves, which closes it, and deletes its
 * directory, when that scope ends.
 */
public final class TestServers implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(TestServers.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        inject(context, context.getRequiredTestClass(), null);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        inject(context, context.getRequiredTestClass(), context.getRequiredTestInstance());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestCatalog.class
                && (parameter.isAnnotated(SharedCatalog.class) || parameter.isAnnotated(FreshCatalog.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.findAnnotation(FreshCatalog.class).map(fresh -> fresh(context, fresh))
                .orElseGet(() -> shared(context));
    }

    /** Sets the class's static fields (no instance) or the instance's own fields that ask for a server. */
    private static void inject(ExtensionContext context, Class<?> type, Object instance) {
        for (Class<?> declaring = type; declaring != Object.class; declaring = declaring.getSuperclass()) {
            for (Field field : declaring.getDeclaredFields()) {
                boolean shared = field.isAnnotationPresent(SharedCatalog.class);
                FreshCatalog fresh = field.getAnnotation(FreshCatalog.class);
                if ((!shared && fresh == null) || Modifier.isStatic(field.getModifiers()) != (instance == null)) {
                    continue;
                }
                if (field.getType() != TestCatalog.class) {
                    throw new ParameterResolutionException(field + " asks for a server but is not a TestCatalog");
                }
                set(field, instance, shared ? shared(context) : fresh(context, fresh));
            }
        }
    }

    private static void set(Field field, Object instance, TestCatalog catalog) {
        try {
            field.setAccessible(true);
            field.set(instance, catalog);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot set " + field, e);
        }
    }

    private static TestCatalog shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedCatalog.class, key -> Server.start(true, false), Server.class).catalog();
    }

    /** A new server, closed with the context that asked for it: the class's or the test's. */
    private static TestCatalog fresh(ExtensionContext context, FreshCatalog settings) {
        Server server = Server.start(settings.demo(), settings.backOffice());
        context.getStore(NAMESPACE).put(server, server);
        return server.catalog();
    }

    /** A server and the directory it alone uses. */
    private record Server(TestCatalog catalog, Path dir) implements AutoCloseable {
        static Server start(boolean demo, boolean backOffice) {
            Path dir;
            try {
                dir = Files.createTempDirectory("catalog-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CatalogConfig config = TestCatalog.config(dir).withDemo(demo);
            return new Server(backOffice ? TestCatalog.start(config, BackOfficeConfig.defaults())
                    : TestCatalog.start(config), dir);
        }

        @Override
        public void close() throws IOException {
            catalog.close();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
