package fr.hautsdeseine.catalog.harvest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The reports of past runs, one JSON file each under {@code {data dir}/harvest-runs/{source}/}. */
public final class HarvestReports {
    private final Path directory;
    private final ObjectMapper json = new ObjectMapper();

    public HarvestReports(Path directory) {
        this.directory = directory;
    }

    public synchronized void save(HarvestReport report) {
        try {
            Path folder = Files.createDirectories(directory.resolve(report.source()));
            Path temporary = folder.resolve(report.runId() + ".json.tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), report);
            Files.move(temporary, folder.resolve(report.runId() + ".json"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the report of run " + report.runId(), e);
        }
    }

    /** The source's reports, newest first, at most {@code limit}. */
    public synchronized List<HarvestReport> list(String source, int limit) {
        Path folder = directory.resolve(source);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<HarvestReport> reports = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json"))
                    .sorted(Comparator.reverseOrder()).limit(limit).toList()) {
                reports.add(json.readValue(file.toFile(), HarvestReport.class));
            }
            return reports;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reports of " + source, e);
        }
    }

    public Optional<HarvestReport> latest(String source) {
        return list(source, 1).stream().findFirst();
    }

    public synchronized void removeAll(String source) {
        Path folder = directory.resolve(source);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the reports of " + source, e);
        }
    }
}
