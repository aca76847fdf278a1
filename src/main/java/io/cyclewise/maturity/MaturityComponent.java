package io.cyclewise.maturity;

import java.util.List;

import io.cyclewise.shared.DomainTerm;

/** The implementing-and-scaling AI study, Table 2 (reconstructed from the text): six socio-technical components, each with a goal per phase. */
public enum MaturityComponent implements DomainTerm {
	DATA_PIPELINE(true, "Assemble data for first use cases, enable access, start eliminating silos.", "Organize repositories for many use cases, future-proof, manage access and compliance.", "Continually improve."),
	TECHNICAL_INFRASTRUCTURE(true, "Simple on-premises setup or cloud providers.", "Central reference architecture: standardized, automated, tech-agnostic, flexible.", "Optimize latency and throughput, democratize access."),
	AI_MODELS(true, "Experiment; simple and open-source models first.", "Speed up experimentation, lower complexity, iterate continuously.", "Reuse capabilities such as forecasting across contexts."),
	AI_GROWTH_VISION(false, "Valuable and feasible use cases; efficiency.", "Customer value across the value chain.", "Long-term strategy for data-driven innovation; use cases chosen for reuse across lines of business."),
	AI_CAPABILITIES(false, "Start building technical capabilities; bring in external support.", "Speed; agile methods.", "Horizontal capabilities across business lines."),
	ORGANIZATIONAL_STRUCTURE(false, "Start a central AI team; close collaboration of technical and domain experts.", "Central AI team with vertical teams for lines of business.", "Overarching horizontal teams; more applied research.");

	private final boolean technical;
	private final List<String> goals;

	MaturityComponent(boolean technical, String provingGoal, String productionizingGoal, String platformizingGoal) {
		this.technical = technical;
		this.goals = List.of(provingGoal, productionizingGoal, platformizingGoal);
	}

	@Override
	public String meaning() {
		return (technical ? "Technical" : "Social") + " component of the socio-technical system.";
	}

	public boolean isTechnical() {
		return technical;
	}

	/** The component's goal in a phase, in the paper's words. */
	public String goal(MaturityPhase phase) {
		return goals.get(phase.ordinal());
	}
}
