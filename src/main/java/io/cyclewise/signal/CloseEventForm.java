package io.cyclewise.signal;

import jakarta.validation.constraints.Size;

/** Closing an event: initiatives entering its scope later are no longer linked to it. */
public class CloseEventForm {

	@Size(max = 1000, message = "A note has at most 1,000 characters.")
	private String note;

	private Long version;

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
