package io.cyclewise.checklist;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistAnswerFormTest {

	@Test
	void acceptsAMetAnswerWithEvidenceLinksOnePerLine() {
		ChecklistAnswerForm form = form(AnswerStatus.MET);
		form.setNote("  Reviewed in the steering committee.  ");
		form.setLinks("https://wiki.example.com/ml/churn\nhttp://intranet.example.com/a?b=c\n\nhttps://wiki.example.com/ml/churn");
		assertThat(form.validate(ChecklistKind.ALIGNMENT_PRACTICES)).isEmpty();
		AnswerInput input = form.toInput();
		assertThat(input.note()).isEqualTo("Reviewed in the steering committee.");
		assertThat(input.links()).containsExactly("https://wiki.example.com/ml/churn", "http://intranet.example.com/a?b=c");
		assertThat(input.notApplicableReason()).isNull();
	}

	@Test
	void refusesScriptAndOtherNonWebLinks() {
		for (String link : new String[] { "javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,hi",
				"/relative/path", "ftp://files.example.com/x", "https://", "http://exa mple.com" }) {
			ChecklistAnswerForm form = form(AnswerStatus.MET);
			form.setLinks(link);
			assertThat(form.validate(ChecklistKind.CRAFT_TACTICS)).as(link).containsKey("links");
		}
	}

	@Test
	void notApplicableNeedsAReasonAndIsNeverAllowedForANecessaryCondition() {
		ChecklistAnswerForm form = form(AnswerStatus.NOT_APPLICABLE);
		assertThat(form.validate(ChecklistKind.STAGE_READINESS)).containsEntry("notApplicableReason",
				"Give the reason why this check does not apply.");
		form.setNotApplicableReason("No personal data is processed.");
		assertThat(form.validate(ChecklistKind.STAGE_READINESS)).isEmpty();
		assertThat(form.validate(ChecklistKind.MECHANISM_CONDITIONS)).containsKey("status");
	}

	@Test
	void refusesOverLongInputMissingStatusAndAMissingVersion() {
		ChecklistAnswerForm form = new ChecklistAnswerForm();
		form.setNote("x".repeat(10_000));
		form.setNotApplicableReason("y".repeat(501));
		form.setLinks("https://example.com/" + "z".repeat(10_000));
		assertThat(form.validate(ChecklistKind.ALIGNMENT_PRACTICES)).containsKeys("form", "status", "note",
				"notApplicableReason", "links");
	}

	private static ChecklistAnswerForm form(AnswerStatus status) {
		ChecklistAnswerForm form = new ChecklistAnswerForm();
		form.setStatus(status);
		form.setSeenVersion(-1L);
		return form;
	}
}
