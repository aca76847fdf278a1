package io.cyclewise.checklist;

/**
 * One initiative's checklist completion over the current templates: items met versus applicable (items answered
 * "not applicable" left out), and the necessary conditions of its mechanism on their own.
 */
public record InitiativeCompletion(long initiativeId, long met, long applicable, long conditionsMet,
		long conditionsRequired) {
}
