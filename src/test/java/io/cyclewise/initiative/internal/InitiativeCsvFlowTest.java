package io.cyclewise.initiative.internal;

import io.cyclewise.initiative.Cycle;
import io.cyclewise.initiative.InitiativeHistoryEntry;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.Aspect;
import io.cyclewise.initiative.InitiativeService;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cyclewise.support.Registry;
import io.cyclewise.organization.internal.BusinessUnitRepository;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static io.cyclewise.support.Users.AS_LEAD;
import static io.cyclewise.support.Users.EXECUTIVE;
import static io.cyclewise.support.Users.LEAD;
import static io.cyclewise.support.Users.SCIENTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * CSV out and in, full stack on real PostgreSQL with the demo portfolio: exports follow the list's filters and
 * neutralise formulas; imports preview without storing, store all rows on confirmation or none, and refuse bad
 * files with a message on the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InitiativeCsvFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InitiativeService service;

	@Autowired
	Registry registry;

	@Autowired
	Clock clock;

	@Autowired
	InitiativeRepository initiativeRepository;

	@Autowired
	BusinessUnitRepository businessUnits;

	// --- export ---

	@Test
	void theExportHoldsExactlyTheInitiativesTheFilterSelectsInTheListsOrder() throws Exception {
		long logistics = businessUnits.findByNameIgnoreCase("Logistics").orElseThrow().getId();
		MockHttpServletResponse response = mvc.perform(get("/initiatives/export.csv").with(EXECUTIVE)
			.param("businessUnit", String.valueOf(logistics)).param("sort", "NAME")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/csv").contains("UTF-8");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"initiatives-");
		CsvFile file = csvFile(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(file.header()).containsExactly(InitiativeCsv.HEADER);
		List<CSVRecord> rows = file.rows();
		List<Long> expected = jdbc.queryForList("SELECT id FROM initiative WHERE business_unit_id = ? ORDER BY name, id",
				Long.class, logistics);
		assertThat(expected).isNotEmpty();
		assertThat(rows).extracting(row -> Long.valueOf(row.get("id"))).containsExactlyElementsOf(expected);
		CSVRecord first = rows.get(0);
		InitiativeSummary stored = service.get(expected.get(0));
		assertThat(first.get("name")).isEqualTo(stored.name());
		assertThat(first.get("business_unit")).isEqualTo("Logistics");
		assertThat(first.get("lead")).isEqualTo(stored.lead().username());
		assertThat(first.get("alignment_phase")).isEqualTo(stored.alignmentPhase().name());
		assertThat(first.get("technology_pace_days")).isEqualTo(String.valueOf(stored.cycle(Cycle.TECHNOLOGY).paceDays()));
		assertThat(first.get("user_contexts")).isEqualTo(String.join(", ", stored.userContexts()));
		assertThat(first.get("version")).isEqualTo(String.valueOf(stored.version()));
	}

	@Test
	void theExportAppliesTheOtherModulesCriteriaLikeTheList() throws Exception {
		String list = mvc.perform(get("/initiatives").with(EXECUTIVE).param("only", "unmet-condition"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher count = Pattern.compile("(\\d+) matching initiatives").matcher(list);
		assertThat(count.find()).isTrue();
		List<CSVRecord> rows = parse(mvc.perform(get("/initiatives/export.csv").with(EXECUTIVE).param("only", "unmet-condition"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(rows).hasSize(Integer.parseInt(count.group(1)));
		assertThat(list).contains("/initiatives/export.csv?only=unmet-condition");
	}

	@Test
	void formulaCellsAreNeutralisedAndForgedFilterValuesIgnored() throws Exception {
		registry.initiative("=HYPERLINK(\"http://evil.example\")").purpose("Formula test").userContexts("@risky, +plus")
			.by(AS_LEAD);
		List<CSVRecord> rows = parse(mvc.perform(get("/initiatives/export.csv").with(EXECUTIVE).param("q", "HYPERLINK")
			.param("phase", "NOPE").param("size", "100000")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("name")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
		assertThat(rows.get(0).get("user_contexts")).isEqualTo("'@risky, +plus");
	}

	// --- import ---

	@Test
	void onlyLeadsAndAdministratorsReachTheImport() throws Exception {
		assertThat(mvc.perform(get("/initiatives/import").with(LEAD)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/initiatives/import").with(SCIENTIST)).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/initiatives/import/template.csv").with(EXECUTIVE)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(mvc.perform(get("/initiatives").with(LEAD)).andReturn().getResponse().getContentAsString())
			.contains("href=\"/initiatives/import\"");
		assertThat(mvc.perform(get("/initiatives").with(EXECUTIVE)).andReturn().getResponse().getContentAsString())
			.doesNotContain("href=\"/initiatives/import\"");
	}

	@Test
	void theTemplateImportsAsItIs() throws Exception {
		String template = mvc.perform(get("/initiatives/import/template.csv").with(LEAD)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		CsvFile file = csvFile(template);
		assertThat(file.rows()).hasSize(1);
		assertThat(file.header()).containsExactlyElementsOf(InitiativeImport.COLUMNS.stream().map(InitiativeImport.Column::header).toList());
		String page = upload(template.replace("Spare parts demand forecast", "Template import check").getBytes(StandardCharsets.UTF_8), 200);
		assertThat(page).contains("All 1 rows are valid");
	}

	@Test
	void aPreviewStoresNothingAndTheConfirmationStoresEveryRow() throws Exception {
		long before = initiatives();
		byte[] file = csv(row("Import alpha", Map.of("user_contexts", "Depot A, Depot B")),
				row("Import beta", Map.of("alignment_phase", "Effectuating Alignment", "lead", "lead2"))).getBytes(StandardCharsets.UTF_8);
		String page = upload(file, 200);
		assertThat(page).contains("All 2 rows are valid").contains("Import alpha").contains("Import 2 initiatives");
		assertThat(initiatives()).isEqualTo(before);

		assertThat(mvc.perform(multipart("/initiatives/import").file(new MockMultipartFile("file", "initiatives.csv", "text/csv", file))
			.with(LEAD)).andReturn().getResponse().getStatus()).as("an upload without a CSRF token").isEqualTo(403);

		String content = hidden(page, "content");
		assertThat(mvc.perform(post("/initiatives/import/confirm").with(LEAD).param("content", content))
			.andReturn().getResponse().getStatus()).as("without a CSRF token").isEqualTo(403);
		assertThat(initiatives()).isEqualTo(before);

		MockHttpServletResponse confirmed = mvc.perform(post("/initiatives/import/confirm").with(LEAD).with(csrf())
			.param("content", content)).andReturn().getResponse();
		assertThat(confirmed.getStatus()).isEqualTo(302);
		assertThat(initiatives()).isEqualTo(before + 2);
		InitiativeSummary alpha = service.get(idOf("Import alpha"));
		assertThat(alpha.userContexts()).containsExactly("Depot A", "Depot B");
		assertThat(alpha.businessUnit().name()).isEqualTo("Logistics");
		assertThat(initiativeRepository.findById(alpha.id()).orElseThrow().getRecordedBy()).isEqualTo("lead");
		InitiativeSummary beta = service.get(idOf("Import beta"));
		assertThat(beta.alignmentPhase()).isEqualTo(AlignmentPhase.EFFECTUATING);
		assertThat(beta.lead().username()).isEqualTo("lead2");
		assertThat(service.history(beta.id())).extracting(InitiativeHistoryEntry::aspect).contains(Aspect.REGISTERED);

		// The same file again: now every name is taken, so nothing more is stored.
		MockHttpServletResponse again = mvc.perform(post("/initiatives/import/confirm").with(LEAD).with(csrf())
			.param("content", content)).andReturn().getResponse();
		assertThat(again.getStatus()).isEqualTo(422);
		assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains("Nothing was imported")
			.contains("Another initiative already has this name.");
		assertThat(initiatives()).isEqualTo(before + 2);
	}

	@Test
	void wrongCellsGetTheFormsMessagesAndNothingIsImported() throws Exception {
		long before = initiatives();
		String text = csv(row("Import gamma", Map.of()),
				row("", Map.of("business_unit", "Atlantis")),
				row("Import delta", Map.of("lead", "nobody", "organization_since", "2024-02-30", "technology_pace_days", "0",
						"mechanism", "MAGIC")),
				row("import GAMMA", Map.of()),
				row("Import epsilon", Map.of("user_since", LocalDate.now(clock).plusDays(3).toString())),
				row("Import zeta", Map.of("purpose", "P".repeat(10_000))));
		String page = upload(text.getBytes(StandardCharsets.UTF_8), 422);
		assertThat(page).contains("Nothing will be imported: 5 of 6 rows have errors")
			.contains("The purpose has at most 2,000 characters.").doesNotContain("P".repeat(61))
			.contains("Enter a name.")
			.contains("Choose a business unit from the list.")
			.contains("Choose a project lead from the list.")
			.contains("Enter a date as YYYY-MM-DD.")
			.contains("The pace is at least 1 day.")
			.contains("Choose one of the offered values. Use one of: KNOWLEDGE_CREATION")
			.contains("Row 2 of this file has the same name")
			.contains("The date cannot be in the future.")
			.doesNotContain("name=\"content\"");
		assertThat(initiatives()).isEqualTo(before);

		// A forged confirmation of the same file is checked again and refused as a whole.
		String content = java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
		MockHttpServletResponse forged = mvc.perform(post("/initiatives/import/confirm").with(LEAD).with(csrf())
			.param("content", content)).andReturn().getResponse();
		assertThat(forged.getStatus()).isEqualTo(422);
		assertThat(forged.getContentAsString(StandardCharsets.UTF_8)).contains("Nothing was imported");
		assertThat(initiatives()).isEqualTo(before);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM initiative WHERE name = 'Import gamma'", Long.class)).isZero();
	}

	@Test
	void badFilesAreRefusedWithAMessageAndStoreNothing() throws Exception {
		long before = initiatives();
		assertThat(upload(new byte[0], 422)).contains("The file is empty.");
		assertThat(upload("name,purpose,colour\nA,B,red\n".getBytes(StandardCharsets.UTF_8), 422))
			.contains("The header row lacks the columns: business_unit, lead,")
			.contains("The header row has unknown columns: “colour”")
			.contains("Expected columns");
		assertThat(upload("name;purpose;business_unit\nA;B;C\n".getBytes(StandardCharsets.UTF_8), 422))
			.contains("separated by semicolons");
		assertThat(upload(csv(row("Zürich pricing", Map.of())).getBytes(StandardCharsets.ISO_8859_1), 422))
			.contains("The file is not UTF-8 text").contains("CSV UTF-8");
		assertThat(upload(header().getBytes(StandardCharsets.UTF_8), 422)).contains("no initiatives below it");
		StringBuilder many = new StringBuilder(header());
		for (int i = 0; i < 50_000; i++) {
			many.append("x\r\n");
		}
		assertThat(upload(many.toString().getBytes(StandardCharsets.UTF_8), 422))
			.contains("At most 1,000 rows per import; this file has 50,000.");
		byte[] large = new byte[InitiativeImport.MAX_BYTES + 1];
		java.util.Arrays.fill(large, (byte) 'a');
		assertThat(upload(large, 413)).contains("an import takes at most 2 MiB");
		assertThat(upload((header() + "\"unterminated,quote\r\n").getBytes(StandardCharsets.UTF_8), 422))
			.contains("The file is not valid CSV");
		assertThat(initiatives()).isEqualTo(before);
		assertThat(mvc.perform(post("/initiatives/import/confirm").with(LEAD).with(csrf()).param("content", "%%%"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("arrived incomplete");
		assertThat(mvc.perform(multipart("/initiatives/import").with(LEAD).with(csrf())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Choose a CSV file to upload.");
	}

	@Test
	void aByteOrderMarkIsAccepted() throws Exception {
		byte[] text = csv(row("Import with BOM", Map.of())).getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		assertThat(upload(withBom, 200)).contains("All 1 rows are valid");
	}

	// --- helpers ---

	private String upload(byte[] file, int expectedStatus) throws Exception {
		MockHttpServletResponse response = mvc.perform(multipart("/initiatives/import")
			.file(new MockMultipartFile("file", "initiatives.csv", "text/csv", file)).with(LEAD).with(csrf()))
			.andReturn().getResponse();
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(page.length() > 2000 ? page.substring(0, 2000) : page).isEqualTo(expectedStatus);
		return page.replace("&quot;", "\"").replace("&#39;", "'").replace("&ldquo;", "“").replace("&rdquo;", "”");
	}

	private static String header() {
		return String.join(",", InitiativeImport.COLUMNS.stream().map(InitiativeImport.Column::header).toList()) + "\r\n";
	}

	private Map<String, String> row(String name, Map<String, String> changes) {
		String today = LocalDate.now(clock).toString();
		Map<String, String> row = new LinkedHashMap<>();
		row.put("name", name);
		row.put("purpose", "Imported for a test.");
		row.put("business_unit", "Logistics");
		row.put("lead", "lead");
		row.put("alignment_phase", "REINITIATING");
		row.put("lifecycle_stage", "REQUIREMENTS_ANALYSIS");
		row.put("mechanism", "KNOWLEDGE_CREATION");
		row.put("user_contexts", "");
		row.put("organization_state", "FORMING");
		row.put("organization_note", "");
		row.put("organization_since", today);
		row.put("organization_pace_days", "90");
		row.put("technology_state", "EXPLORING");
		row.put("technology_note", "");
		row.put("technology_since", today);
		row.put("technology_pace_days", "14");
		row.put("user_state", "IDENTIFIED");
		row.put("user_note", "");
		row.put("user_since", today);
		row.put("user_pace_days", "180");
		row.putAll(changes);
		return row;
	}

	@SafeVarargs
	private static String csv(Map<String, String>... rows) throws Exception {
		StringBuilder out = new StringBuilder(header());
		try (var printer = new org.apache.commons.csv.CSVPrinter(out, CSVFormat.RFC4180)) {
			for (Map<String, String> row : rows) {
				printer.printRecord(new ArrayList<>(row.values()));
			}
		}
		return out.toString();
	}

	/** The rows below the header, read by column name. */
	static List<CSVRecord> parse(String text) throws Exception {
		return csvFile(text).rows();
	}

	record CsvFile(List<String> header, List<CSVRecord> rows) {
	}

	static CsvFile csvFile(String text) throws Exception {
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
			.setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
			return new CsvFile(parser.getHeaderNames(), parser.getRecords());
		}
	}

	private static String hidden(String page, String name) {
		Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
		assertThat(matcher.find()).as("hidden field " + name).isTrue();
		return matcher.group(1);
	}

	private long initiatives() {
		return jdbc.queryForObject("SELECT count(*) FROM initiative", Long.class);
	}

	private long idOf(String name) {
		return jdbc.queryForObject("SELECT id FROM initiative WHERE name = ?", Long.class, name);
	}
}
