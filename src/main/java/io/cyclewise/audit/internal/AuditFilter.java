package io.cyclewise.audit.internal;

import io.cyclewise.audit.AuditAction;

import java.time.LocalDate;

import io.cyclewise.shared.DateWithin;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** The audit page's query string: which entries (action, actor, from–to, both days included) and which page. */
public class AuditFilter {

	static final int PAGE_SIZE = 50;

	private AuditAction action;

	@Size(max = 100, message = "{audit.actor.tooLong}")
	private String actor;

	@DateWithin(yearsBefore = 100, yearsAfter = 100, message = "{audit.date.range}")
	private LocalDate from;

	@DateWithin(yearsBefore = 100, yearsAfter = 100, message = "{audit.date.range}")
	private LocalDate to;

	@Min(value = 0, message = "{audit.page.min}")
	@Max(value = 1_000_000, message = "{audit.page.max}")
	private int page;

	@AssertTrue(message = "{audit.dates.ordered}")
	public boolean isOrdered() {
		return from == null || to == null || !from.isAfter(to);
	}

	/** Drops a value that failed to bind or validate, so the page shows the rest of the filter's result. */
	void reset(String field) {
		switch (field) {
			case "action" -> action = null;
			case "actor" -> actor = null;
			case "from" -> from = null;
			case "to" -> to = null;
			case "page" -> page = 0;
			default -> {
				from = null;
				to = null;
			}
		}
	}

	String trimmedActor() {
		return actor == null || actor.isBlank() ? null : actor.trim();
	}

	public AuditAction getAction() {
		return action;
	}

	public void setAction(AuditAction action) {
		this.action = action;
	}

	public String getActor() {
		return actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = page;
	}
}
