package io.cyclewise.finding.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One remediation step, in the order it was added; marked done once (by whom, when). */
@Entity
@Table(name = "finding_step")
public class FindingStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "finding_id", updatable = false)
	private Finding finding;

	@Column(nullable = false, updatable = false)
	private int position;

	@Column(nullable = false, length = 1000, updatable = false)
	private String text;

	@Column(nullable = false)
	private boolean done;

	@Column(name = "done_by")
	private String doneBy;

	@Column(name = "done_at")
	private Instant doneAt;

	protected FindingStep() {
	}

	FindingStep(Finding finding, int position, String text) {
		this.finding = finding;
		this.position = position;
		this.text = text;
	}

	void complete(String username, Instant when) {
		this.done = true;
		this.doneBy = username;
		this.doneAt = when;
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public String getText() {
		return text;
	}

	public boolean isDone() {
		return done;
	}

	public String getDoneBy() {
		return doneBy;
	}

	public Instant getDoneAt() {
		return doneAt;
	}
}
