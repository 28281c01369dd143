package fr.hautsdeseine.catalog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The machine and moment of a run, reported beside its figures. */
record Machine(int cores, long memoryMb, String java, String os, String loadAverage, String date, String command) {

    static Machine current(String command) {
        String[] load = read("/proc/loadavg").split(" ");
        return new Machine(Runtime.getRuntime().availableProcessors(), totalMemoryMb(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                load.length >= 3 ? load[0] + " " + load[1] + " " + load[2] : "",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), command);
    }

    private static long totalMemoryMb() {
        for (String line : read("/proc/meminfo").split("\n")) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
