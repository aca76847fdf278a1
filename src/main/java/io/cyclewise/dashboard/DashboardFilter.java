package io.cyclewise.dashboard;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.ValueCreationMechanism;
import org.springframework.web.util.UriComponentsBuilder;

/** The dashboard's filters; bound from the query string, so forged values become messages, not errors. */
public class DashboardFilter {

	private Long businessUnit;
	private AlignmentPhase phase;
	private ValueCreationMechanism mechanism;
	private Long lead;

	/** The same filters as initiative-list parameters, for the links behind every number. */
	public UriComponentsBuilder listLink() {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/initiatives");
		if (businessUnit != null) {
			builder.queryParam("businessUnit", businessUnit);
		}
		if (phase != null) {
			builder.queryParam("phase", phase.name());
		}
		if (mechanism != null) {
			builder.queryParam("mechanism", mechanism.name());
		}
		if (lead != null) {
			builder.queryParam("lead", lead);
		}
		return builder;
	}

	public void reset(String field) {
		switch (field) {
			case "businessUnit" -> businessUnit = null;
			case "phase" -> phase = null;
			case "mechanism" -> mechanism = null;
			case "lead" -> lead = null;
			default -> {
			}
		}
	}

	public boolean isActive() {
		return businessUnit != null || phase != null || mechanism != null || lead != null;
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

	public ValueCreationMechanism getMechanism() {
		return mechanism;
	}

	public void setMechanism(ValueCreationMechanism mechanism) {
		this.mechanism = mechanism;
	}

	public Long getLead() {
		return lead;
	}

	public void setLead(Long lead) {
		this.lead = lead;
	}
}
