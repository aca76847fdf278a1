package io.cyclewise.initiative;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import io.cyclewise.initiative.internal.Initiative;
import io.cyclewise.initiative.internal.InitiativeCsv;
import io.cyclewise.shared.CsvCells;
import io.cyclewise.shared.Terms;
import io.cyclewise.shared.InvalidRequestException;
import io.cyclewise.shared.RequestValidation;
import org.apache.commons.csv.CSVPrinter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * The initiatives a list filter selects, for the list page and for everything that works on "the initiatives the
 * list shows" (CSV exports, later the API): the same invalid-value handling, the same criteria, the same order.
 */
@Component
public class InitiativeSelection {

	private final List<InitiativeListCriterion> criteria;
	private final EntityManager entityManager;
	private final TransactionTemplate readOnly;
	private final Terms terms;

	InitiativeSelection(List<InitiativeListCriterion> criteria, EntityManager entityManager,
			PlatformTransactionManager transactions, Terms terms) {
		this.terms = terms;
		this.criteria = List.copyOf(criteria);
		this.entityManager = entityManager;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** A filter with its invalid values dropped and its criteria resolved, and what was ignored, as sentences. */
	public record Selection(InitiativeFilter filter, List<InitiativeListCriterion> criteria, List<String> problems) {

		public Specification<Initiative> specification() {
			return filter.specification(criteria);
		}
	}

	/**
	 * Drops the values that failed to bind or validate (reported in {@link Selection#problems()}) and resolves the
	 * {@code only} names to criteria, ignoring unknown ones; the filter's {@code only} then holds the known names.
	 */
	public Selection select(InitiativeFilter filter, Errors bindingErrors) {
		List<String> problems = new ArrayList<>();
		if (bindingErrors != null && bindingErrors.hasErrors()) {
			filter.resetFields(bindingErrors.getFieldErrors().stream().map(FieldError::getField).toList());
			bindingErrors.getFieldErrors().stream().map(this::describe).forEach(problems::add);
		}
		List<InitiativeListCriterion> active = new ArrayList<>();
		for (String name : filter.getOnly()) {
			criteria.stream().map(criterion -> criterion.resolve(name)).flatMap(Optional::stream).findFirst()
				.ifPresentOrElse(active::add,
						() -> problems.add(terms.message("initiative.list.ignoredCriterion", name)));
		}
		filter.setOnly(active.stream().map(InitiativeListCriterion::name).toList());
		return new Selection(filter, List.copyOf(active), problems);
	}

	/**
	 * For the API, where a wrong filter is an error rather than ignored (a pipeline would otherwise silently get
	 * the whole portfolio): every invalid value and unknown criterion becomes a field error.
	 * @throws InvalidRequestException listing them
	 */
	public Selection selectStrictly(InitiativeFilter filter, Errors bindingErrors) {
		for (String name : filter.getOnly()) {
			if (criteria.stream().noneMatch(criterion -> criterion.resolve(name).isPresent())) {
				bindingErrors.rejectValue("only", "unknown", terms.message("initiative.list.unknownCriterion", name,
						offeredCriteria().stream().map(InitiativeListCriterion::name).toList().toString()));
			}
		}
		RequestValidation.throwIfInvalid(bindingErrors);
		return select(filter, null);
	}

	/** What a CSV export writes for one page of initiatives (its rows; the header and flushing are done here). */
	@FunctionalInterface
	public interface CsvRows {

		void write(CSVPrinter printer, List<InitiativeSummary> page) throws IOException;
	}

	/** A CSV of the whole selection: the header, then each page's rows, flushed page by page (streamed). */
	public void writeCsv(Selection selection, Writer out, String[] header, CsvRows rows) throws IOException {
		CSVPrinter printer = CsvCells.printer(out, header);
		try {
			forEachPage(selection, InitiativeCsv.PAGE_SIZE, page -> {
				try {
					rows.write(printer, page);
					printer.flush();
				}
				catch (IOException failed) {
					throw new UncheckedIOException(failed);
				}
			});
		}
		catch (UncheckedIOException failed) {
			throw failed.getCause();
		}
		printer.flush();
	}

	/** A CSV of one initiative, e.g. its flags or its checklist answers. */
	public static void writeCsv(InitiativeSummary initiative, Writer out, String[] header, CsvRows rows) throws IOException {
		CSVPrinter printer = CsvCells.printer(out, header);
		rows.write(printer, List.of(initiative));
		printer.flush();
	}

	/** The criteria the list's drop-down offers, by label. */
	public List<InitiativeListCriterion> offeredCriteria() {
		return criteria.stream().filter(InitiativeListCriterion::offered)
			.sorted(Comparator.comparing(InitiativeListCriterion::label)).toList();
	}

	/**
	 * Hands the selected initiatives, in the list's order, to {@code page} in pages of {@code pageSize}, with
	 * business unit, lead and user contexts loaded. Each page is read in its own short read-only transaction and
	 * then let go, so memory stays flat however many initiatives there are; an initiative changed between two pages
	 * may move (as when paging through the list).
	 */
	public void forEachPage(Selection selection, int pageSize, Consumer<List<InitiativeSummary>> page) {
		for (int offset = 0;; offset += pageSize) {
			int start = offset;
			Integer size = readOnly.execute(status -> {
				List<Long> ids = ids(selection, start, pageSize);
				if (!ids.isEmpty()) {
					page.accept(load(ids));
				}
				return ids.size();
			});
			if (size == null || size < pageSize) {
				return;
			}
		}
	}

	private List<Long> ids(Selection selection, int offset, int limit) {
		CriteriaBuilder builder = entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = builder.createQuery(Long.class);
		Root<Initiative> root = query.from(Initiative.class);
		query.select(root.get("id"));
		Predicate predicate = selection.specification().toPredicate(root, query, builder);
		if (predicate != null) {
			query.where(predicate);
		}
		query.orderBy(QueryUtils.toOrders(selection.filter().getSort().sort(), root, builder));
		return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
	}

	private List<InitiativeSummary> load(Collection<Long> ids) {
		Map<Long, InitiativeSummary> byId = new HashMap<>();
		entityManager.createQuery("select distinct i from Initiative i join fetch i.businessUnit join fetch i.lead"
				+ " left join fetch i.userContexts where i.id in :ids", Initiative.class)
			.setParameter("ids", ids).getResultList().forEach(initiative -> byId.put(initiative.getId(), initiative.summary()));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	private String describe(FieldError error) {
		if (error.isBindingFailure()) {
			return terms.message("initiative.list.ignoredChoice", error.getField(), String.valueOf(error.getRejectedValue()));
		}
		return terms.message("initiative.list.ignoredFilter", error.getField(), terms.message(error));
	}
}
