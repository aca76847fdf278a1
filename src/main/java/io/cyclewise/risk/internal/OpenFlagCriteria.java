package io.cyclewise.risk.internal;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeListCriterion;
import io.cyclewise.initiative.InitiativeRestriction;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.shared.Terms;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.domain.Specification;

/** "Has an open flag" (of one characteristic, or any), so dashboard numbers link to the initiatives behind them. */
@Configuration(proxyBeanMethods = false)
class OpenFlagCriteria {

	private final Terms terms;

	OpenFlagCriteria(Terms terms) {
		this.terms = terms;
	}

	static final String ANY = "open-flag";

	@Bean
	InitiativeListCriterion anyOpenFlag() {
		return criterion(ANY, null);
	}

	@Bean
	InitiativeListCriterion openTemporalComplexityFlag() {
		return of(Characteristic.TEMPORAL_COMPLEXITY);
	}

	@Bean
	InitiativeListCriterion openContextSensitivityFlag() {
		return of(Characteristic.CONTEXT_SENSITIVITY);
	}

	@Bean
	InitiativeListCriterion openMechanismFitFlag() {
		return of(Characteristic.MECHANISM_FIT);
	}

	private InitiativeListCriterion of(Characteristic characteristic) {
		return criterion(characteristic.criterionName(), characteristic);
	}

	/** Worded when shown, in the reader's language: "Has an open risk flag", "Has an open temporal complexity flag" … */
	private InitiativeListCriterion criterion(String name, Characteristic characteristic) {
		return new InitiativeListCriterion() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public String label() {
				return characteristic == null ? terms.message("risk.criterion.anyOpenFlag")
						: terms.message("risk.criterion.openFlag." + characteristic.name());
			}

			@Override
			public InitiativeRestriction specification() {
				return (root, query, builder) -> {
					Subquery<Long> open = query.subquery(Long.class);
					Root<RiskFlag> flag = open.from(RiskFlag.class);
					var condition = builder.and(builder.equal(flag.get("initiativeId"), root.get("id")),
							builder.isNull(flag.get("clearedAt")));
					if (characteristic != null) {
						condition = builder.and(condition, builder.equal(flag.get("characteristic"), characteristic));
					}
					return builder.exists(open.select(flag.get("id")).where(condition));
				};
			}
		};
	}
}
