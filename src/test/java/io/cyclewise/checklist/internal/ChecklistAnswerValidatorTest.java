package io.cyclewise.checklist.internal;

import io.cyclewise.checklist.AnswerInput;
import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistKind;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import static org.assertj.core.api.Assertions.assertThat;

/** Bean Validation of the answer form plus the checklist's own rules, as {@code @Valid} runs them on the page. */
class ChecklistAnswerValidatorTest {

	private static final SpringValidatorAdapter BEAN_VALIDATION = new SpringValidatorAdapter(
			Validation.buildDefaultValidatorFactory().getValidator());

	@Test
	void acceptsAMetAnswerWithEvidenceLinksOnePerLine() {
		ChecklistAnswerForm form = form(AnswerStatus.MET);
		form.setNote("  Reviewed in the steering committee.  ");
		form.setLinks("https://wiki.example.com/ml/churn\nhttp://intranet.example.com/a?b=c\n\nhttps://wiki.example.com/ml/churn");
		assertThat(validate(form, ChecklistKind.ALIGNMENT_PRACTICES).hasErrors()).isFalse();
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
			assertThat(validate(form, ChecklistKind.CRAFT_TACTICS).getFieldError("links")).as(link).isNotNull();
		}
	}

	@Test
	void notApplicableNeedsAReasonAndIsNeverAllowedForANecessaryCondition() {
		ChecklistAnswerForm form = form(AnswerStatus.NOT_APPLICABLE);
		assertThat(validate(form, ChecklistKind.STAGE_READINESS).getFieldError("notApplicableReason").getCode())
			.isEqualTo("checklist.answer.notApplicableReason.required");
		form.setNotApplicableReason("No personal data is processed.");
		assertThat(validate(form, ChecklistKind.STAGE_READINESS).hasErrors()).isFalse();
		assertThat(validate(form, ChecklistKind.MECHANISM_CONDITIONS).getFieldError("status").getCode())
			.isEqualTo("checklist.answer.status.conditionNeverNotApplicable");
	}

	@Test
	void refusesOverLongInputMissingStatusAndAMissingVersion() {
		ChecklistAnswerForm form = new ChecklistAnswerForm();
		form.setNote("x".repeat(10_000));
		form.setNotApplicableReason("y".repeat(501));
		form.setLinks("https://example.com/" + "z".repeat(10_000));
		assertThat(validate(form, ChecklistKind.ALIGNMENT_PRACTICES).getFieldErrors()).extracting(FieldError::getField)
			.contains("seenVersion", "status", "note", "notApplicableReason", "links");
	}

	private static Errors validate(ChecklistAnswerForm form, ChecklistKind kind) {
		Errors errors = new BeanPropertyBindingResult(form, "answer");
		BEAN_VALIDATION.validate(form, errors);
		new ChecklistAnswerValidator(kind).validate(form, errors);
		return errors;
	}

	private static ChecklistAnswerForm form(AnswerStatus status) {
		ChecklistAnswerForm form = new ChecklistAnswerForm();
		form.setStatus(status);
		form.setSeenVersion(-1L);
		return form;
	}
}
