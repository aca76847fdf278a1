package io.cyclewise.checklist;

import java.util.Set;

/**
 * Item keys of the alignment-practices template (the ML-based capability alignment study) that other modules may name, e.g. the risk rule
 * "non-technical work overlooked". Keys stay the same across template versions.
 */
public final class AlignmentPracticeItems {

	public static final String PRODUCT_OWNER = "ROLES_PRODUCT_OWNER";
	public static final String ML_TRAINER = "ROLES_ML_TRAINER";
	public static final String USER_AMBASSADORS = "ROLES_USER_AMBASSADORS";
	public static final String EXPECTED_TIME = "EXPECTATIONS_TIME";
	public static final String USER_COMMUNICATION = "EXPECTATIONS_USER_COMMUNICATION";
	public static final String CONTINUOUS_DATA_WORK = "DATA_WORK_CONTINUOUS";
	public static final String CROSS_FUNCTIONAL_DATA_WORK = "DATA_WORK_CROSS_FUNCTIONAL";
	public static final String CONTEXT_WATCH = "DATA_WORK_CONTEXT_WATCH";

	/** The checks about communicating with users: ambassadors' feedback and shared expectations. */
	public static final Set<String> USER_COMMUNICATION_ITEMS = Set.of(USER_AMBASSADORS, USER_COMMUNICATION);

	private AlignmentPracticeItems() {
	}

	/** Roles, data work and user communication: the non-technical work the ML-based capability alignment study says is easily overlooked. */
	public static boolean isNonTechnicalWork(AlignmentPractice practice, String itemKey) {
		return practice == AlignmentPractice.FORGING_NEW_ROLES || practice == AlignmentPractice.EMBRACING_DATA_WORK
				|| USER_COMMUNICATION_ITEMS.contains(itemKey) || EXPECTED_TIME.equals(itemKey);
	}
}
