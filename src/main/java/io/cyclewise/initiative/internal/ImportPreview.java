package io.cyclewise.initiative.internal;

import java.util.List;
import java.util.Map;

/**
 * What an import would do, or why it cannot: problems with the file as a whole (no rows then), or per row the cells
 * as read and each wrong cell with the form's message. {@code content} is the checked text (Base64) that the
 * confirmation sends back; {@code imported} says the rows were stored.
 */
public record ImportPreview(List<String> problems, List<Row> rows, String content, boolean imported) {

	/** One data row; {@code number} counts the header as row 1, as spreadsheets do. */
	public record Row(long number, Map<String, String> cells, List<CellError> errors) {

		public boolean valid() {
			return errors.isEmpty();
		}

		/** The cell as the preview shows it: shortened, since a wrong file may hold a huge cell. */
		public String cell(String column) {
			return shortened(cells.getOrDefault(column, ""));
		}
	}

	/** A wrong cell: its column (empty for the row as a whole), the value as read, and what is wrong. */
	public record CellError(String column, String value, String message) {

		public String shownValue() {
			return shortened(value);
		}
	}

	static String shortened(String text) {
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}

	static ImportPreview refused(String problem) {
		return refused(List.of(problem));
	}

	static ImportPreview refused(List<String> problems) {
		return new ImportPreview(List.copyOf(problems), List.of(), null, false);
	}

	ImportPreview asImported() {
		return new ImportPreview(problems, rows, null, true);
	}

	public boolean importable() {
		return problems.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(Row::valid);
	}

	public long invalidRows() {
		return rows.stream().filter(row -> !row.valid()).count();
	}
}
