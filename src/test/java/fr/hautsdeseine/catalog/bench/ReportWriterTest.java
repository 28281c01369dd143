package fr.hautsdeseine.catalog.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    @TempDir
    Path dir;

    @Test
    void a_run_keeps_the_sections_written_by_hand_and_only_those() throws IOException {
        Path page = dir.resolve("benchmarks.md");
        Files.writeString(page, "# Benchmarks\n\n| a table | a run wrote |\n\n" + ReportWriter.HAND_WRITTEN
                + " (by hand)\n\nAn analysis.\n\n## Hand-measured figures\n\n| 1 | 2 |\n");

        assertThat(ReportWriter.handWritten(page)).isEqualTo("\n" + ReportWriter.HAND_WRITTEN
                + " (by hand)\n\nAn analysis.\n\n## Hand-measured figures\n\n| 1 | 2 |\n");
        assertThat(ReportWriter.handWritten(dir.resolve("missing.md"))).isEmpty();
    }
}
