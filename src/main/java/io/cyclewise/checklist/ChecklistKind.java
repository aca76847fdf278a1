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
	MECHANISM_CONDITIONS(Study.VALUE_CREATION, false),
	ALIGNMENT_PRACTICES(Study.ALIGNMENT, true),
	STAGE_READINESS(Study.LIFECYCLE, true),
	CRAFT_TACTICS(Study.CRAFT, true),
	AI_ACT_OBLIGATIONS(Study.AI_ACT, true);

	private final Study study;
	private final boolean notApplicableAllowed;

	ChecklistKind(Study study, boolean notApplicableAllowed) {
		this.study = study;
		this.notApplicableAllowed = notApplicableAllowed;
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
