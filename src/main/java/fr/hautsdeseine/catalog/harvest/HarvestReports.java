package fr.hautsdeseine.catalog.harvest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The reports of past runs, one JSON file each under {@code {data dir}/harvest-runs/{source}/}, and a
 * {@code running} marker while a run goes on, so that a run the server stopped during is reported at
 * the next start.
 */
public final class HarvestReports {
    private final Path directory;
    private static final String RUNNING = "running";
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

    /** Notes that a run of the source started at {@code started}; {@link #ended} removes the note. */
    public synchronized void started(String source, Instant started) {
        try {
            Path folder = Files.createDirectories(directory.resolve(source));
            Files.writeString(folder.resolve(RUNNING), started.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot note the start of a run of " + source, e);
        }
    }

    public synchronized void ended(String source) {
        try {
            Files.deleteIfExists(directory.resolve(source).resolve(RUNNING));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot note the end of a run of " + source, e);
        }
    }

    /** The runs that were under way when the server stopped: source and start of each, their notes removed. */
    public synchronized Map<String, Instant> takeInterrupted() {
        Map<String, Instant> interrupted = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return interrupted;
        }
        try (Stream<Path> folders = Files.list(directory)) {
            for (Path marker : folders.map(folder -> folder.resolve(RUNNING)).filter(Files::isRegularFile).toList()) {
                interrupted.put(marker.getParent().getFileName().toString(), Instant.parse(Files.readString(marker).trim()));
                Files.delete(marker);
            }
            return interrupted;
        } catch (IOException | java.time.format.DateTimeParseException e) {
            throw new IllegalStateException("Cannot read the notes of runs under way in " + directory + ": " + e.getMessage(), e);
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
