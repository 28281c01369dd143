package fr.hautsdeseine.catalog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one server of this test run that holds the demo catalog, injected by {@link TestServers} into a
 * {@link TestCatalog} field or parameter. Every class that asks for it shares it: tests that use it only
 * read (no write, no restart, no change to a setting), so that no test sees another's work.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestServers.class)
public @interface SharedCatalog {
}
