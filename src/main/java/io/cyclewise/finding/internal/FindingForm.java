package io.cyclewise.finding.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.cyclewise.risk.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Recording or editing a finding; {@code version} is the one the user saw (null when recording). */
public class FindingForm {

	@NotBlank(message = "{finding.form.title.required}")
	@Size(max = 150, message = "{finding.form.title.size}")
	private String title;

	@NotBlank(message = "{finding.form.description.required}")
	@Size(max = 4000, message = "{finding.form.description.size}")
	private String description;

	@NotNull(message = "{finding.form.severity.required}")
	private Severity severity;

	@NotNull(message = "{finding.form.observedOn.required}")
	private LocalDate observedOn;

	@NotNull(message = "{finding.form.owner.required}")
	private Long ownerId;

	@Size(max = 50, message = "{finding.form.eventIds.size}")
	private List<Long> eventIds = new ArrayList<>();

	@Size(max = 50, message = "{finding.form.flagIds.size}")
	private List<Long> flagIds = new ArrayList<>();

	private Long version;

	static FindingForm blank(LocalDate today, Long ownerId) {
		FindingForm form = new FindingForm();
		form.setObservedOn(today);
		form.setOwnerId(ownerId);
		return form;
	}

	static FindingForm of(Finding finding) {
		FindingForm form = new FindingForm();
		form.setTitle(finding.getTitle());
		form.setDescription(finding.getDescription());
		form.setSeverity(finding.getSeverity());
		form.setObservedOn(finding.getObservedOn());
		form.setOwnerId(finding.getOwner().getId());
		form.setEventIds(new ArrayList<>(finding.getEventIds()));
		form.setFlagIds(new ArrayList<>(finding.getFlagIds()));
		form.setVersion(finding.getVersion());
		return form;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Severity getSeverity() {
		return severity;
	}

	public void setSeverity(Severity severity) {
		this.severity = severity;
	}

	public LocalDate getObservedOn() {
		return observedOn;
	}

	public void setObservedOn(LocalDate observedOn) {
		this.observedOn = observedOn;
	}

	public Long getOwnerId() {
		return ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public List<Long> getEventIds() {
		return eventIds;
	}

	public void setEventIds(List<Long> eventIds) {
		this.eventIds = eventIds;
	}

	public List<Long> getFlagIds() {
		return flagIds;
	}

	public void setFlagIds(List<Long> flagIds) {
		this.flagIds = flagIds;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
