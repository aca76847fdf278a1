package io.cyclewise.signal;

import java.util.Arrays;
import java.util.List;

import io.cyclewise.shared.DomainTerm;

/** The forms of each context change that the ML-based capability alignment study names (its Table of structural characteristics). */
public enum ContextChangeKind implements DomainTerm {
	DATA_MISMATCH(ContextChangeType.TASK_CONTEXT, "Training data no longer matches operational data",
			"Misalignment between the distribution of the training data and the data that feeds the model in operation."),
	USER_CONTEXT_PERFORMANCE_GAP(ContextChangeType.TASK_CONTEXT, "Performance differs between user contexts",
			"Inconsistent performance for the same type of task in different user contexts (e.g. a new customer, site or region)."),
	OTHER_TASK_CHANGE(ContextChangeType.TASK_CONTEXT, "Other change in the task",
			"The task the model supports has changed in another way."),
	RESTRUCTURING(ContextChangeType.ORGANIZATIONAL_CONTEXT, "Organizational restructuring",
			"A re-organization that may destabilize the ML Organization Cycle."),
	PERSONNEL_CHANGE(ContextChangeType.ORGANIZATIONAL_CONTEXT, "Personnel change",
			"People behind the MLbC leave or change roles (e.g. \"nobody to keep the project alive\")."),
	DISTANT_TECHNOLOGY_CHANGE(ContextChangeType.ORGANIZATIONAL_CONTEXT, "Technology change in a distant part of the organization",
			"Another unit changes a system or the logic of data it sends, which changes the data flowing into the model."),
	SUDDEN_SHOCK(ContextChangeType.EXTERNAL_ENVIRONMENT, "Sudden shock",
			"A major change or shock in the external environment, such as COVID-19, that \"breaks\" models."),
	GRADUAL_CHANGE(ContextChangeType.EXTERNAL_ENVIRONMENT, "Gradual change in standards, regulations or consumer behaviour",
			"Gradual or one-off changes that erode performance and necessitate retraining.");

	private final ContextChangeType type;
	private final String label;
	private final String meaning;

	ContextChangeKind(ContextChangeType type, String label, String meaning) {
		this.type = type;
		this.label = label;
		this.meaning = meaning;
	}

	public ContextChangeType type() {
		return type;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public String meaning() {
		return meaning;
	}

	public static List<ContextChangeKind> of(ContextChangeType type) {
		return Arrays.stream(values()).filter(kind -> kind.type == type).toList();
	}
}
