package fr.hautsdeseine.catalog.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeLogConfigTest {

    @Test
    void every_entry_is_kept_unless_a_retention_is_set() {
        assertThat(ChangeLogConfig.from(Map.of()).keepsEverything()).isTrue();
        assertThat(ChangeLogConfig.from(Map.of("CATALOG_CHANGELOG_RETAIN_ENTRIES", "100000")).retainEntries()).isEqualTo(100_000);
    }

    @Test
    void a_malformed_or_negative_retention_names_the_variable() {
        assertThatThrownBy(() -> ChangeLogConfig.from(Map.of("CATALOG_CHANGELOG_RETAIN_ENTRIES", "a week")))
                .hasMessage("CATALOG_CHANGELOG_RETAIN_ENTRIES must be a whole number, got 'a week'");
        assertThatThrownBy(() -> ChangeLogConfig.from(Map.of("CATALOG_CHANGELOG_RETAIN_ENTRIES", "-5")))
                .hasMessage("CATALOG_CHANGELOG_RETAIN_ENTRIES must be 0 (keep all) or positive, got -5");
    }
}
