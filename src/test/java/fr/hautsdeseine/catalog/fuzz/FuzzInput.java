package fr.hautsdeseine.catalog.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * How the fuzz targets read their bytes: the first byte chooses among variants (a syntax, a route), the rest
 * is the input itself, so that a seed file is a readable document behind one character ({@code 0}, {@code 1}...).
 */
record FuzzInput(int choice, byte[] rest) {
    static FuzzInput of(byte[] bytes, int variants) {
        if (bytes.length == 0) {
            return new FuzzInput(0, bytes);
        }
        return new FuzzInput(Math.floorMod(bytes[0] - '0', variants), Arrays.copyOfRange(bytes, 1, bytes.length));
    }

    <T> T pick(List<T> variants) {
        return variants.get(choice);
    }

    String text() {
        return new String(rest, StandardCharsets.UTF_8);
    }
}
