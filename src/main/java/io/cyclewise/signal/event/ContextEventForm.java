package io.cyclewise.signal.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.cyclewise.signal.ContextChangeKind;
import io.cyclewise.signal.EventScope;
import io.cyclewise.signal.NewContextEvent;
import io.cyclewise.signal.ScopeKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What someone types to record a context-change event and the scope it hits. */
public class ContextEventForm {

	@NotNull(message = "{signal.event.kind.required}")
	private ContextChangeKind kind;

	@NotBlank(message = "{signal.event.title.required}")
	@Size(max = 150, message = "{signal.event.title.tooLong}")
	private String title;

	@NotBlank(message = "{signal.event.description.required}")
	@Size(max = 4000, message = "{signal.event.description.tooLong}")
	private String description;

	@NotNull(message = "{signal.event.occurredOn.required}")
	private LocalDate occurredOn;

	@NotNull(message = "{signal.event.scope.required}")
	private ScopeKind scope;

	@Size(max = 50, message = "{signal.event.businessUnitIds.tooLong}")
	private List<Long> businessUnitIds = new ArrayList<>();

	@Size(max = 3000, message = "{signal.event.userContexts.tooLong}")
	private String userContexts;

	private UUID submissionId;

	public static ContextEventForm blank(LocalDate today, ScopeKind scope) {
		ContextEventForm form = new ContextEventForm();
		form.occurredOn = today;
		form.scope = scope;
		form.submissionId = UUID.randomUUID();
		return form;
	}

	/** The scope as typed; validation has checked it is complete. */
	public EventScope eventScope() {
		return switch (scope) {
			case ORGANIZATION -> EventScope.organization();
			case BUSINESS_UNITS -> EventScope.businessUnits(businessUnitIds == null ? List.of()
					: businessUnitIds.stream().filter(java.util.Objects::nonNull).distinct().toList());
			case USER_CONTEXTS -> EventScope.userContexts(EventScope.parseUserContexts(userContexts));
		};
	}

	public ContextChangeKind getKind() {
		return kind;
	}

	public void setKind(ContextChangeKind kind) {
		this.kind = kind;
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

	public LocalDate getOccurredOn() {
		return occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public ScopeKind getScope() {
		return scope;
	}

	public void setScope(ScopeKind scope) {
		this.scope = scope;
	}

	public List<Long> getBusinessUnitIds() {
		return businessUnitIds;
	}

	public void setBusinessUnitIds(List<Long> businessUnitIds) {
		this.businessUnitIds = businessUnitIds;
	}

	public String getUserContexts() {
		return userContexts;
	}

	public void setUserContexts(String userContexts) {
		this.userContexts = userContexts;
	}

	public UUID getSubmissionId() {
		return submissionId;
	}

	public void setSubmissionId(UUID submissionId) {
		this.submissionId = submissionId;
	}

	/** What the service stores; validation has checked the fields and the scope. */
	public NewContextEvent toCommand() {
		return new NewContextEvent(kind, title, description, occurredOn, eventScope(), submissionId);
	}
}
