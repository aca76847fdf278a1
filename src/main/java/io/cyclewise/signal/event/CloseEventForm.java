package io.cyclewise.signal.event;

import io.cyclewise.signal.EventClosing;
import jakarta.validation.constraints.Size;

/** Closing an event: initiatives entering its scope later are no longer linked to it. */
public class CloseEventForm {

	@Size(max = 1000, message = "{signal.closeEvent.note.tooLong}")
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

	public EventClosing toCommand() {
		return new EventClosing(note, version);
	}
}
