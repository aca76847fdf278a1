package io.cyclewise.shared;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What every CSV download shares: one format (RFC 4180, comma, CRLF, header row, UTF-8 without BOM), response
 * headers, and cells that a spreadsheet cannot run as a formula (CSV injection): a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading single quote, which spreadsheets show
 * as text.
 */
public final class CsvCells {

	public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	private CsvCells() {
	}

	/** The text as a cell no spreadsheet evaluates; null becomes an empty cell. */
	public static String neutralise(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	/** A printer that writes the header row at once. */
	public static CSVPrinter printer(Writer out, String... header) throws IOException {
		CSVPrinter printer = new CSVPrinter(out, FORMAT);
		printer.printRecord((Object[]) header);
		return printer;
	}

	/** One row, every cell neutralised. */
	public static void row(CSVPrinter printer, Object... cells) throws IOException {
		String[] values = new String[cells.length];
		for (int i = 0; i < cells.length; i++) {
			values[i] = neutralise(cells[i]);
		}
		printer.printRecord((Object[]) values);
	}

	/**
	 * Marks the response as a CSV download named {@code <name>-<date>.csv}; nothing is cached, since it holds
	 * portfolio data.
	 */
	public static void download(HttpServletResponse response, String name, LocalDate date) {
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "-" + date + ".csv\"");
		response.setHeader("Cache-Control", "no-store");
	}
}
