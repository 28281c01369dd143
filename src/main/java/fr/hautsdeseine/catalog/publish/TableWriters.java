package fr.hautsdeseine.catalog.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes a {@link Table} as CSV (RFC 4180, UTF-8, a header row) or as an XLSX workbook of one sheet. */
public final class TableWriters {
    private static final String APPLICATION = "Hauts-de-Seine catalog server";

    private TableWriters() {
    }

    public static void csv(Table table, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader(table.columns().toArray(String[]::new)).get();
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                for (List<String> row : table.rows()) {
                    printer.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell is a text cell, never a formula, whatever it starts with; the header row is bold and frozen. */
    public static void xlsx(Table table, String sheetName, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, APPLICATION, "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int column = 0; column < table.columns().size(); column++) {
                sheet.inlineString(0, column, table.columns().get(column));
            }
            sheet.range(0, 0, 0, table.columns().size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            int row = 1;
            for (List<String> cells : table.rows()) {
                for (int column = 0; column < cells.size(); column++) {
                    if (!cells.get(column).isEmpty()) {
                        sheet.inlineString(row, column, cells.get(column));
                    }
                }
                row++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
