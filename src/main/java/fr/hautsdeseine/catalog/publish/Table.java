package fr.hautsdeseine.catalog.publish;

import java.util.List;

/** A table for a spreadsheet: its column names, and rows of as many cells (empty when there is no value). */
public record Table(List<String> columns, List<List<String>> rows) {
}
