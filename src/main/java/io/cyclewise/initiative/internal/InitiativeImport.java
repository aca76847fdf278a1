package io.cyclewise.initiative.internal;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.OrganizationCycleState;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.initiative.UserCycleState;
import io.cyclewise.initiative.ValueCreationMechanism;

import java.io.IOException;
import io.cyclewise.shared.DomainTerm;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cyclewise.organization.BusinessUnitSummary;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.user.account.AppUser;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.UserDirectory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Registers initiatives from a CSV file, all or nothing. Each row is bound to an {@link InitiativeForm} and checked
 * exactly as the registration form is (its Bean Validation constraints, then {@link InitiativeFormValidator}), so a
 * cell gets the message the form would give for the same value; on top, a name may appear only once per file.
 * Business unit and lead are given by name and username.
 */
@Component
class InitiativeImport {

	static final int MAX_ROWS = 1_000;
	static final int MAX_BYTES = 2 * 1024 * 1024;

	/** A column of the file: its header name, the form property it fills, and whether the header must have it. */
	record Column(String header, String property, boolean required) {
	}

	static final List<Column> COLUMNS = List.of(new Column("name", "name", true),
			new Column("purpose", "purpose", true), new Column("business_unit", "businessUnitId", true),
			new Column("lead", "leadId", true), new Column("alignment_phase", "alignmentPhase", true),
			new Column("lifecycle_stage", "lifecycleStage", true), new Column("mechanism", "mechanism", true),
			new Column("user_contexts", "userContexts", false),
			new Column("organization_state", "organizationState", true),
			new Column("organization_note", "organizationNote", false),
			new Column("organization_since", "organizationSince", true),
			new Column("organization_pace_days", "organizationPaceDays", true),
			new Column("technology_state", "technologyState", true),
			new Column("technology_note", "technologyNote", false),
			new Column("technology_since", "technologySince", true),
			new Column("technology_pace_days", "technologyPaceDays", true),
			new Column("user_state", "userState", true), new Column("user_note", "userNote", false),
			new Column("user_since", "userSince", true), new Column("user_pace_days", "userPaceDays", true));

	/** Enum-valued properties: a cell may hold the code (any case) or the label the pages show. */
	private static final Map<String, Class<? extends Enum<?>>> TERMS = Map.of("alignmentPhase", AlignmentPhase.class,
			"lifecycleStage", LifecycleStage.class, "mechanism", ValueCreationMechanism.class,
			"organizationState", OrganizationCycleState.class, "technologyState", TechnologyCycleState.class,
			"userState", UserCycleState.class);

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

	private final InitiativeFormValidator formValidator;
	private final SpringValidatorAdapter beanValidation;
	private final ConversionService conversion;
	private final MessageSource messages;
	private final BusinessUnits businessUnits;
	private final UserDirectory users;
	private final InitiativeService service;
	private final jakarta.persistence.EntityManager entityManager;

	InitiativeImport(InitiativeFormValidator formValidator, jakarta.validation.Validator beanValidation,
			@Qualifier("mvcConversionService") ConversionService conversion, MessageSource messages,
			BusinessUnits businessUnits, UserDirectory users, InitiativeService service,
			jakarta.persistence.EntityManager entityManager) {
		this.entityManager = entityManager;
		this.formValidator = formValidator;
		this.beanValidation = new SpringValidatorAdapter(beanValidation);
		this.conversion = conversion;
		this.messages = messages;
		this.businessUnits = businessUnits;
		this.users = users;
		this.service = service;
	}

	/** Checks the file and every row; stores nothing. */
	@Transactional(readOnly = true)
	public ImportPreview preview(byte[] file) {
		return check(file).preview();
	}

	/**
	 * Checks the file again (it came back from the browser) and, only if every row is valid, registers them all in
	 * this one transaction; otherwise stores nothing and answers the preview that says why.
	 */
	@Transactional
	public ImportPreview importAll(byte[] file, CurrentUser user) {
		Checked checked = check(file);
		ImportPreview preview = checked.preview();
		if (!preview.importable()) {
			return preview;
		}
		int registered = 0;
		for (InitiativeForm form : checked.forms()) {
			service.register(form.toDraft(), user);
			// Stored rows need no more checking for changes: without this, every flush would look at all of them.
			if (++registered % 100 == 0) {
				entityManager.flush();
				entityManager.clear();
			}
		}
		return preview.asImported();
	}

	private record Checked(ImportPreview preview, List<InitiativeForm> forms) {
	}

	private Checked check(byte[] file) {
		Optional<String> text;
		try {
			text = decode(file);
		}
		catch (FileProblem problem) {
			return new Checked(ImportPreview.refused(problem.getMessage()), List.of());
		}
		if (text.isEmpty()) {
			return new Checked(ImportPreview.refused("The file is empty. Upload a CSV file with a header row and at "
					+ "least one initiative (the template shows the format)."), List.of());
		}
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.get())).setFormat(FORMAT).get()) {
			var records = parser.iterator();
			List<String> header = records.hasNext() ? records.next().toList() : List.of();
			Map<String, Integer> positions = new HashMap<>();
			List<String> problems = headerProblems(header, positions);
			if (!problems.isEmpty()) {
				return new Checked(ImportPreview.refused(problems), List.of());
			}
			List<CSVRecord> rows = new ArrayList<>();
			long count = 0;
			while (records.hasNext()) {
				CSVRecord record = records.next();
				count++;
				if (count <= MAX_ROWS) {
					rows.add(record);
				}
			}
			if (count == 0) {
				return new Checked(ImportPreview.refused("The file has a header row but no initiatives below it."), List.of());
			}
			if (count > MAX_ROWS) {
				return new Checked(ImportPreview.refused(String.format(Locale.ENGLISH,
						"At most %,d rows per import; this file has %,d. Split it into several files.", MAX_ROWS, count)),
						List.of());
			}
			return checkRows(rows, positions, header.size(), encode(text.get()));
		}
		catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException malformed) {
			return new Checked(ImportPreview.refused("The file is not valid CSV: " + reason(malformed)
					+ " Check for a quote (\") that is opened but never closed."), List.of());
		}
	}

	private Checked checkRows(List<CSVRecord> records, Map<String, Integer> positions, int width, String content) {
		List<ImportPreview.Row> rows = new ArrayList<>();
		List<InitiativeForm> forms = new ArrayList<>();
		Map<String, Long> rowOfName = new HashMap<>();
		Map<String, Optional<BusinessUnitSummary>> unitsByName = new HashMap<>();
		Map<String, Optional<AppUser>> usersByName = new HashMap<>();
		for (CSVRecord record : records) {
			long number = record.getRecordNumber();
			Map<String, String> cells = new LinkedHashMap<>();
			for (Column column : COLUMNS) {
				Integer position = positions.get(column.header());
				cells.put(column.header(), position != null && position < record.size() ? record.get(position) : "");
			}
			List<ImportPreview.CellError> errors = new ArrayList<>();
			if (record.size() != width) {
				errors.add(new ImportPreview.CellError("", "", "This row has " + record.size() + " cells; the header has "
						+ width + ". Check for a missing or extra comma."));
			}
			InitiativeForm form = new InitiativeForm();
			BindingResult result = bind(form, cells, unitsByName, usersByName);
			beanValidation.validate(form, result);
			formValidator.validate(form, null, result);
			if (form.getName() != null && !form.getName().isBlank() && !result.hasFieldErrors("name")) {
				String key = form.getName().trim().toLowerCase(Locale.ROOT);
				Long earlier = rowOfName.putIfAbsent(key, number);
				if (earlier != null) {
					result.rejectValue("name", "duplicate", "Row " + earlier + " of this file has the same name; "
							+ "every initiative needs its own name.");
				}
			}
			for (ObjectError error : result.getAllErrors()) {
				errors.add(describe(error, cells));
			}
			rows.add(new ImportPreview.Row(number, cells, errors));
			forms.add(form);
		}
		return new Checked(new ImportPreview(List.of(), rows, content, false), forms);
	}

	private BindingResult bind(InitiativeForm form, Map<String, String> cells,
			Map<String, Optional<BusinessUnitSummary>> unitsByName, Map<String, Optional<AppUser>> usersByName) {
		DataBinder binder = new DataBinder(form, "form");
		binder.setConversionService(conversion);
		MutablePropertyValues values = new MutablePropertyValues();
		for (Column column : COLUMNS) {
			String cell = cells.get(column.header());
			switch (column.property()) {
				case "businessUnitId" -> {
					// An unknown name becomes an id that exists nowhere, so the form's own check reports it.
					if (!cell.isBlank()) {
						values.add(column.property(), unitsByName.computeIfAbsent(cell.trim().toLowerCase(Locale.ROOT),
								name -> businessUnits.findByName(name)).map(BusinessUnitSummary::id).orElse(-1L));
					}
				}
				case "leadId" -> {
					if (!cell.isBlank()) {
						values.add(column.property(), usersByName.computeIfAbsent(cell.trim(),
								username -> users.findByUsername(username)).map(AppUser::getId).orElse(-1L));
					}
				}
				default -> values.add(column.property(), TERMS.containsKey(column.property())
						? code(TERMS.get(column.property()), cell) : cell.isBlank() ? null : cell.trim());
			}
		}
		binder.bind(values);
		return binder.getBindingResult();
	}

	/** The code of the term the cell names by code or label, ignoring case; otherwise the cell as it is. */
	private static String code(Class<? extends Enum<?>> type, String cell) {
		String value = cell.trim();
		for (Enum<?> term : type.getEnumConstants()) {
			if (term.name().equalsIgnoreCase(value)
					|| (term instanceof DomainTerm domainTerm && domainTerm.label().equalsIgnoreCase(value))) {
				return term.name();
			}
		}
		return value.isEmpty() ? null : value;
	}

	private ImportPreview.CellError describe(ObjectError error, Map<String, String> cells) {
		String message = messages.getMessage(error, Locale.ENGLISH);
		if (!(error instanceof FieldError fieldError)) {
			return new ImportPreview.CellError("", "", message);
		}
		Column column = COLUMNS.stream().filter(c -> c.property().equals(fieldError.getField())).findFirst().orElseThrow();
		if (fieldError.isBindingFailure() && TERMS.containsKey(column.property())) {
			message = message + " Use one of: " + String.join(", ", Arrays.stream(TERMS.get(column.property())
				.getEnumConstants()).map(Enum::name).toList()) + ".";
		}
		return new ImportPreview.CellError(column.header(), cells.get(column.header()), message);
	}

	private static List<String> headerProblems(List<String> header, Map<String, Integer> positions) {
		List<String> problems = new ArrayList<>();
		Set<String> known = new LinkedHashSet<>(COLUMNS.stream().map(Column::header).toList());
		List<String> unknown = new ArrayList<>();
		List<String> repeated = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
			if (!known.contains(name)) {
				unknown.add(header.get(i));
			}
			else if (positions.putIfAbsent(name, i) != null) {
				repeated.add(name);
			}
		}
		List<String> missing = COLUMNS.stream().filter(Column::required).map(Column::header)
			.filter(name -> !positions.containsKey(name)).toList();
		if (header.size() == 1 && header.get(0).contains(";")) {
			problems.add("The columns are separated by semicolons; separate them by commas (save as “CSV UTF-8 "
					+ "(comma delimited)”).");
			return problems;
		}
		if (!missing.isEmpty()) {
			problems.add("The header row lacks the columns: " + String.join(", ", missing) + ".");
		}
		if (!unknown.isEmpty()) {
			problems.add("The header row has unknown columns: " + String.join(", ", unknown.stream()
				.map(name -> "“" + shortened(name) + "”").toList()) + ".");
		}
		if (!repeated.isEmpty()) {
			problems.add("The header row has these columns more than once: " + String.join(", ", repeated) + ".");
		}
		if (!problems.isEmpty()) {
			problems.add("Expected columns (the first row of the file): " + String.join(", ", known)
					+ "; the notes and user_contexts may be left out.");
		}
		return problems;
	}

	/** The text without a leading byte-order mark; empty if there is nothing but blanks. */
	private static Optional<String> decode(byte[] file) {
		if (file.length > MAX_BYTES) {
			throw new FileProblem(tooLarge(file.length));
		}
		int start = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF ? 3 : 0;
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file, start, file.length - start)).toString();
		}
		catch (CharacterCodingException notUtf8) {
			throw new FileProblem("The file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8 (comma "
					+ "delimited)” and upload that file.");
		}
		if (text.indexOf('\u0000') >= 0) {
			throw new FileProblem("The file contains NUL characters, so it is not a CSV text file. Save it as “CSV "
					+ "UTF-8 (comma delimited)” and upload that file.");
		}
		return text.isBlank() ? Optional.empty() : Optional.of(text);
	}

	static String tooLarge(long bytes) {
		return String.format(Locale.ENGLISH, "The file has %.1f MiB; an import takes at most 2 MiB (and %,d rows). "
				+ "Split it into several files.", bytes / (1024.0 * 1024.0), MAX_ROWS);
	}

	/** The checked text as it travels in the preview's hidden field (Base64: no browser rewrites its line ends). */
	private static String encode(String text) {
		return java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String reason(Exception malformed) {
		String message = malformed.getMessage() == null ? "" : malformed.getMessage();
		return shortened(message.lines().findFirst().orElse("")) + (message.isEmpty() ? "" : ".");
	}

	private static String shortened(String text) {
		return text.length() > 80 ? text.substring(0, 80) + "…" : text;
	}

	private static final class FileProblem extends RuntimeException {

		FileProblem(String message) {
			super(message, null, false, false);
		}
	}
}
