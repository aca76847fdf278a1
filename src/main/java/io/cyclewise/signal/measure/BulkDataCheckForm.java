package io.cyclewise.signal.measure;

import jakarta.validation.constraints.NotNull;

/** One item of a bulk import of data checks (API): the form's fields plus the initiative they belong to. */
public class BulkDataCheckForm extends DataCheckForm {

	@NotNull(message = "{signal.bulk.initiativeId.required}")
	private Long initiativeId;

	public Long getInitiativeId() {
		return initiativeId;
	}

	public void setInitiativeId(Long initiativeId) {
		this.initiativeId = initiativeId;
	}
}
