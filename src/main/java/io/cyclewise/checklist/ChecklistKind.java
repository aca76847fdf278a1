package io.cyclewise.checklist;

import java.util.Arrays;
import java.util.List;

import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.MechanismType;
import io.cyclewise.shared.DomainTerm;
import io.cyclewise.shared.Study;

/**
 * The four checklists from the papers (each template cites its study by name), and the EU AI Act obligations for
 * high-risk initiatives (citing the regulation). The groups of a checklist are the source's own categories:
 * mechanism types, alignment practices, lifecycle stages, craft challenges, obligation areas with their articles.
 */
public enum ChecklistKind implements DomainTerm {
	MECHANISM_CONDITIONS("Value-creation mechanism conditions", Study.VALUE_CREATION,
			"The necessary conditions of the initiative's mechanism (2 / 5 / 8, cumulative).", false),
	ALIGNMENT_PRACTICES("Alignment practices", Study.ALIGNMENT,
			"Synchronizing efforts, forging new roles, managing expectations, learning to learn, embracing data work.", true),
	STAGE_READINESS("Lifecycle stage readiness", Study.LIFECYCLE,
			"The readiness checks of the current lifecycle stage and the stages before it.", true),
	CRAFT_TACTICS("Craft and mechanical work tactics", Study.CRAFT,
			"The five challenges of craft versus mechanical data-science work and their tactics.", true),
	AI_ACT_OBLIGATIONS("AI Act obligations", Study.AI_ACT,
			"The obligations of high-risk AI systems for the organization's role; only for initiatives currently classified high-risk.", true);

	private final String label;
	private final Study study;
	private final String meaning;
	private final boolean notApplicableAllowed;

	ChecklistKind(String label, Study study, String meaning, boolean notApplicableAllowed) {
		this.label = label;
		this.study = study;
		this.meaning = meaning;
		this.notApplicableAllowed = notApplicableAllowed;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public String meaning() {
		return meaning;
	}

	/** The study the template's content comes from, by the name the Sources page lists it under. */
	public String seed() {
		return study.citation();
	}

	/**
	 * A necessary condition is never "not applicable" (the JSIS 2022 value-creation study: missing any one means the mechanism cannot
	 * deliver); every other check may be, with a reason.
	 */
	public boolean isNotApplicableAllowed() {
		return notApplicableAllowed;
	}

	/** The paper's categories this checklist is grouped by, in the paper's order. */
	public List<? extends DomainTerm> groups() {
		return switch (this) {
			case MECHANISM_CONDITIONS -> List.of(MechanismType.values());
			case ALIGNMENT_PRACTICES -> List.of(AlignmentPractice.values());
			case STAGE_READINESS -> Arrays.stream(LifecycleStage.values()).filter(s -> s != LifecycleStage.IN_OPERATION).toList();
			case CRAFT_TACTICS -> List.of(CraftChallenge.values());
			case AI_ACT_OBLIGATIONS -> List.of(AiActObligationArea.values());
		};
	}

	/** The group named by a stored key, or null if the key names none of this checklist's groups. */
	public DomainTerm group(String groupKey) {
		return groups().stream().filter(group -> group.name().equals(groupKey)).findFirst().orElse(null);
	}
}
