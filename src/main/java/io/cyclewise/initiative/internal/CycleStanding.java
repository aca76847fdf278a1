package io.cyclewise.initiative.internal;

import java.time.LocalDate;

import io.cyclewise.initiative.Cycle;
import io.cyclewise.initiative.CycleStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where one of the three cycles stands: its state, a note, since when, and its pace in days. Embedded three times in
 * {@link Initiative} (column names given there). The state is stored by its name; the {@link Cycle} it belongs to
 * turns it into that cycle's state enum, so one type serves all three cycles.
 */
@Embeddable
public class CycleStanding {

	@Column(nullable = false, length = 30)
	private String state;

	@Column(length = 500)
	private String note;

	@Column(nullable = false)
	private LocalDate since;

	@Column(nullable = false)
	private int paceDays;

	protected CycleStanding() {
	}

	public CycleStanding(CycleStatus status) {
		this.state = status.state().name();
		this.note = status.note();
		this.since = status.since();
		this.paceDays = status.paceDays();
	}

	public CycleStatus status(Cycle cycle) {
		return new CycleStatus(cycle, cycle.state(state), note, since, paceDays);
	}

	public String state() {
		return state;
	}

	public LocalDate since() {
		return since;
	}
}
