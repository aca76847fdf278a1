package io.cyclewise.risk.internal;

import java.util.ArrayList;
import java.util.List;

import io.cyclewise.initiative.InitiativeCriteria;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.risk.Severity;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.jpa.domain.Specification;

/** The flags list's query string: which flags (open or cleared, of what kind, where) and which page of them. */
public class FlagFilter {

	/** Open flags are still firing; cleared ones stopped firing and are kept as history. */
	public enum Status {
		OPEN, CLEARED
	}

	@Schema(description = "OPEN or CLEARED; both when absent.")
	private Status status;

	private Characteristic characteristic;

	private Severity severity;

	@Schema(description = "The key of the rule that raised the flag, e.g. PACE_MISMATCH.")
	private String rule;

	@Schema(description = "An initiative's id.")
	private Long initiative;

	@Schema(description = "A business unit's id: flags of its initiatives.")
	private Long businessUnit;

	@Min(value = 0, message = "Pages start at 0.")
	private int page;

	@Min(value = 1, message = "Show at least 1 flag per page.")
	@Max(value = 100, message = "Show at most 100 flags per page.")
	private int size = 20;

	public Specification<RiskFlag> specification() {
		return (root, query, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (status == Status.OPEN) {
				predicates.add(builder.isNull(root.get("clearedAt")));
			}
			if (status == Status.CLEARED) {
				predicates.add(builder.isNotNull(root.get("clearedAt")));
			}
			if (characteristic != null) {
				predicates.add(builder.equal(root.get("characteristic"), characteristic));
			}
			if (severity != null) {
				predicates.add(builder.equal(root.get("severity"), severity));
			}
			if (rule != null) {
				predicates.add(builder.equal(root.get("rule"), rule));
			}
			if (initiative != null) {
				predicates.add(builder.equal(root.get("initiativeId"), initiative));
			}
			if (businessUnit != null) {
				predicates.add(root.get("initiativeId").in(InitiativeCriteria.idsInBusinessUnit(query, builder, businessUnit)));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

	public Status getStatus() {
		return status;
	}

	public void setStatus(Status status) {
		this.status = status;
	}

	public Characteristic getCharacteristic() {
		return characteristic;
	}

	public void setCharacteristic(Characteristic characteristic) {
		this.characteristic = characteristic;
	}

	public Severity getSeverity() {
		return severity;
	}

	public void setSeverity(Severity severity) {
		this.severity = severity;
	}

	public String getRule() {
		return rule;
	}

	public void setRule(String rule) {
		this.rule = rule;
	}

	public Long getInitiative() {
		return initiative;
	}

	public void setInitiative(Long initiative) {
		this.initiative = initiative;
	}

	public Long getBusinessUnit() {
		return businessUnit;
	}

	public void setBusinessUnit(Long businessUnit) {
		this.businessUnit = businessUnit;
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
