package io.cyclewise.signal;

import jakarta.validation.constraints.NotNull;

/** One item of a bulk import of data checks (API): the form's fields plus the initiative they belong to. */
public class BulkDataCheckForm extends DataCheckForm {

	@NotNull(message = "Name the initiative (its id).")
	private Long initiativeId;

	public Long getInitiativeId() {
		return initiativeId;
	}

	public void setInitiativeId(Long initiativeId) {
		this.initiativeId = initiativeId;
	}
}
