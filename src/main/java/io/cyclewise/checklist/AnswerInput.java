package io.cyclewise.checklist;

import java.util.List;

/** A validated answer: status, the reason when not applicable, and evidence (a note and http(s) links). */
public record AnswerInput(AnswerStatus status, String notApplicableReason, String note, List<String> links) {

	public AnswerInput {
		links = List.copyOf(links);
	}
}
