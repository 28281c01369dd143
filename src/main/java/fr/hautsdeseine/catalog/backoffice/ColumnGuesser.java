package fr.hautsdeseine.catalog.backoffice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A column dictionary from a sample CSV file (Apache Commons CSV): the header gives the columns, the
 * first rows suggest each column's XSD type. The separator is the one of {@code ; , tab} that splits
 * the header into most fields (French exports use ';'). Only the first rows are read.
 */
public final class ColumnGuesser {
    static final int SAMPLE_ROWS = 200;
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern BOOLEAN = Pattern.compile("(?i)true|false|vrai|faux|oui|non");

    /** The columns of the sample; a file without a header row is refused with a message. */
    public List<DatasetForm.Column> columns(byte[] sample) {
        String text = new String(sample, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> names = parser.getHeaderNames();
            if (names.isEmpty() || names.stream().allMatch(String::isBlank)) {
                throw new IllegalArgumentException("The CSV file has no header row");
            }
            List<List<String>> values = new ArrayList<>();
            names.forEach(n -> values.add(new ArrayList<>()));
            int rows = 0;
            for (CSVRecord record : parser) {
                if (rows++ >= SAMPLE_ROWS) {
                    break;
                }
                for (int i = 0; i < names.size() && i < record.size(); i++) {
                    values.get(i).add(record.get(i));
                }
            }
            List<DatasetForm.Column> columns = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                columns.add(new DatasetForm.Column(names.get(i), names.get(i), type(values.get(i)), ""));
            }
            return columns;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("The CSV file cannot be read: " + e.getMessage(), e);
        }
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = -1;
        for (char candidate : new char[] {';', ',', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    /** The narrowest type all non-empty values fit; text when there are none. */
    static String type(List<String> values) {
        List<String> present = values.stream().filter(v -> !v.isBlank()).toList();
        if (present.isEmpty()) {
            return "string";
        }
        if (present.stream().allMatch(v -> INTEGER.matcher(v).matches())) {
            return "integer";
        }
        if (present.stream().allMatch(v -> DECIMAL.matcher(v).matches())) {
            return "decimal";
        }
        if (present.stream().allMatch(v -> DATE.matcher(v).matches())) {
            return "date";
        }
        if (present.stream().allMatch(v -> DATE_TIME.matcher(v).matches())) {
            return "dateTime";
        }
        if (present.stream().allMatch(v -> BOOLEAN.matcher(v).matches())) {
            return "boolean";
        }
        return "string";
    }
}
