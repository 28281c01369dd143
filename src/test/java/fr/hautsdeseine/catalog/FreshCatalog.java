package fr.hautsdeseine.catalog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A server of its own over a new store in its own temporary directory, injected by {@link TestServers}
 * into a {@link TestCatalog} field or parameter, and closed after it: on a static field, one for the test
 * class; on an instance field or a parameter, one for each test. For tests that write.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestServers.class)
public @interface FreshCatalog {
    /** With the demo catalog loaded, rather than an empty store. */
    boolean demo() default false;

    /** With the back office's default settings, rather than the process's environment. */
    boolean backOffice() default false;
}
