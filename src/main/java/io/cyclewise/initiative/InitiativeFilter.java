package io.cyclewise.initiative;

import java.util.ArrayList;
import java.util.List;

import io.cyclewise.initiative.internal.Initiative;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The initiative list's query string. Bound like a form, so unknown enum values or non-numbers become messages
 * on the page (and are then ignored), never a 500.
 */
public class InitiativeFilter {

	public static final int DEFAULT_PAGE_SIZE = 20;

	@Size(max = 100, message = "Search for at most 100 characters.")
	private String q;

	private Long businessUnit;
	private AlignmentPhase phase;
	private LifecycleStage stage;
	private ValueCreationMechanism mechanism;
	private MechanismType mechanismType;
	private Long lead;

	/** Names of {@link InitiativeListCriterion} beans; resolved (and unknown ones reported) by the controller. */
	@Size(max = 10, message = "Combine at most 10 criteria.")
	private java.util.List<@jakarta.validation.constraints.Pattern(regexp = "[a-z0-9-]{1,60}", message = "A criterion name has lower-case letters, digits and dashes.") String> only = new ArrayList<>();

	private InitiativeSort sort = InitiativeSort.NAME;

	@Min(value = 0, message = "Pages start at 0.")
	private int page;

	@Min(value = 1, message = "Show at least 1 initiative per page.")
	@Max(value = 100, message = "Show at most 100 initiatives per page.")
	private int size = DEFAULT_PAGE_SIZE;

	/** This filter plus the extra criteria other modules contribute. */
	public Specification<Initiative> specification(java.util.Collection<InitiativeListCriterion> criteria) {
		Specification<Initiative> specification = specification();
		for (InitiativeListCriterion criterion : criteria) {
			InitiativeRestriction restriction = criterion.specification();
			specification = specification.and(restriction::toPredicate);
		}
		return specification;
	}

	public Specification<Initiative> specification() {
		return (root, query, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (q != null && !q.isBlank()) {
				String pattern = "%" + q.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
				predicates.add(builder.like(builder.lower(root.get("name")), pattern, '\\'));
			}
			if (businessUnit != null) {
				predicates.add(builder.equal(root.get("businessUnit").get("id"), businessUnit));
			}
			if (phase != null) {
				predicates.add(builder.equal(root.get("alignmentPhase"), phase));
			}
			if (stage != null) {
				predicates.add(builder.equal(root.get("lifecycleStage"), stage));
			}
			if (mechanism != null) {
				predicates.add(builder.equal(root.get("mechanism"), mechanism));
			}
			if (mechanismType != null) {
				predicates.add(root.get("mechanism").in(mechanismsOf(mechanismType)));
			}
			if (lead != null) {
				predicates.add(builder.equal(root.get("lead").get("id"), lead));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static List<ValueCreationMechanism> mechanismsOf(MechanismType type) {
		return java.util.Arrays.stream(ValueCreationMechanism.values()).filter(m -> m.type() == type).toList();
	}

	/** The same filter as a query string, for links that keep it (pagination, sorting). */
	public String queryString(int targetPage) {
		UriComponentsBuilder builder = selectionQuery();
		builder.queryParam("page", targetPage);
		if (size != DEFAULT_PAGE_SIZE) {
			builder.queryParam("size", size);
		}
		return builder.build().encode().toUriString();
	}

	/** The filter, criteria and sort without paging: for links to the whole selection (the CSV export). */
	public String selectionQueryString() {
		return selectionQuery().build().encode().toUriString();
	}

	private UriComponentsBuilder selectionQuery() {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
		if (q != null && !q.isBlank()) {
			builder.queryParam("q", q);
		}
		add(builder, "businessUnit", businessUnit);
		add(builder, "phase", phase);
		add(builder, "stage", stage);
		add(builder, "mechanism", mechanism);
		add(builder, "mechanismType", mechanismType);
		add(builder, "lead", lead);
		only.forEach(name -> builder.queryParam("only", name));
		add(builder, "sort", sort);
		return builder;
	}

	private static void add(UriComponentsBuilder builder, String name, Object value) {
		if (value != null) {
			builder.queryParam(name, value instanceof Enum<?> e ? e.name() : value);
		}
	}

	/** Drops every value that failed to bind or validate, so the page still lists something sensible. */
	public void resetFields(java.util.Collection<String> fields) {
		for (String field : fields) {
			switch (field) {
				case "q" -> q = null;
				case "businessUnit" -> businessUnit = null;
				case "phase" -> phase = null;
				case "stage" -> stage = null;
				case "mechanism" -> mechanism = null;
				case "mechanismType" -> mechanismType = null;
				case "lead" -> lead = null;
				case "only" -> only = new ArrayList<>();
				case "sort" -> sort = InitiativeSort.NAME;
				case "page" -> page = 0;
				case "size" -> size = DEFAULT_PAGE_SIZE;
				default -> {
					if (field.startsWith("only")) {
						only = new ArrayList<>();
					}
				}
			}
		}
	}

	public boolean isActive() {
		return (q != null && !q.isBlank()) || businessUnit != null || phase != null || stage != null
				|| mechanism != null || mechanismType != null || lead != null || !only.isEmpty();
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public Long getBusinessUnit() {
		return businessUnit;
	}

	public void setBusinessUnit(Long businessUnit) {
		this.businessUnit = businessUnit;
	}

	public AlignmentPhase getPhase() {
		return phase;
	}

	public void setPhase(AlignmentPhase phase) {
		this.phase = phase;
	}

	public LifecycleStage getStage() {
		return stage;
	}

	public void setStage(LifecycleStage stage) {
		this.stage = stage;
	}

	public ValueCreationMechanism getMechanism() {
		return mechanism;
	}

	public void setMechanism(ValueCreationMechanism mechanism) {
		this.mechanism = mechanism;
	}

	public MechanismType getMechanismType() {
		return mechanismType;
	}

	public void setMechanismType(MechanismType mechanismType) {
		this.mechanismType = mechanismType;
	}

	public Long getLead() {
		return lead;
	}

	public void setLead(Long lead) {
		this.lead = lead;
	}

	public java.util.List<String> getOnly() {
		return only;
	}

	public void setOnly(java.util.List<String> only) {
		// "(any)" in the drop-down sends an empty value: no criterion.
		this.only = only == null ? new ArrayList<>()
				: new ArrayList<>(only.stream().filter(name -> name != null && !name.isBlank()).toList());
	}

	public InitiativeSort getSort() {
		return sort;
	}

	public void setSort(InitiativeSort sort) {
		this.sort = sort == null ? InitiativeSort.NAME : sort;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = page;
	}

	public int getSize() {
		return size;
	}

	public void setSize(int size) {
		this.size = size;
	}
}
