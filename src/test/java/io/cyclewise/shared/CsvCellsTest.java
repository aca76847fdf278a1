package io.cyclewise.shared;

import java.io.StringWriter;
import java.time.LocalDate;

import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cells a spreadsheet would run as a formula get a leading quote; everything else passes unchanged. */
class CsvCellsTest {

	@Test
	void cellsStartingLikeAFormulaAreNeutralised() {
		assertThat(CsvCells.neutralise("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(CsvCells.neutralise("+1+2")).isEqualTo("'+1+2");
		assertThat(CsvCells.neutralise("-2+3")).isEqualTo("'-2+3");
		assertThat(CsvCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvCells.neutralise("\t=1")).isEqualTo("'\t=1");
		assertThat(CsvCells.neutralise("\r=1")).isEqualTo("'\r=1");
	}

	@Test
	void ordinaryCellsStayAsTheyAre() {
		assertThat(CsvCells.neutralise("Churn radar")).isEqualTo("Churn radar");
		assertThat(CsvCells.neutralise("a=b, c-d")).isEqualTo("a=b, c-d");
		assertThat(CsvCells.neutralise("'quoted")).isEqualTo("'quoted");
		assertThat(CsvCells.neutralise("")).isEmpty();
		assertThat(CsvCells.neutralise(null)).isEmpty();
		assertThat(CsvCells.neutralise(42)).isEqualTo("42");
		assertThat(CsvCells.neutralise(LocalDate.of(2024, 3, 1))).isEqualTo("2024-03-01");
	}

	@Test
	void rowsAreQuotedAsRfc4180AndNeutralised() throws Exception {
		StringWriter out = new StringWriter();
		CSVPrinter printer = CsvCells.printer(out, "id", "name");
		CsvCells.row(printer, 1, "=cmd|' /C calc'!A0");
		CsvCells.row(printer, 2, "Comma, \"quote\"");
		printer.flush();
		assertThat(out.toString()).isEqualTo("id,name\r\n1,'=cmd|' /C calc'!A0\r\n2,\"Comma, \"\"quote\"\"\"\r\n");
	}
}
