package io.cyclewise.checklist.internal;

import java.time.Instant;

import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.shared.Recorded;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One published version of a checklist. Never edited in place: a change publishes the next version. */
@Entity
@Table(name = "checklist_template")
@AttributeOverride(name = "recordedBy", column = @Column(name = "published_by", nullable = false, updatable = false, length = 60))
@AttributeOverride(name = "recordedAt", column = @Column(name = "published_at", nullable = false, updatable = false))
public class ChecklistTemplate extends Recorded {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private ChecklistKind kind;

	@Column(nullable = false)
	private int version;

	@Column(nullable = false, length = 150)
	private String title;

	@Column(nullable = false, length = 60)
	private String seed;

	@Column(nullable = false, length = 1000)
	private String description;

	@Column(nullable = false)
	private boolean current;

	protected ChecklistTemplate() {
	}

	/** The next version of {@code previous}, current from now on. */
	ChecklistTemplate(ChecklistTemplate previous, String publishedBy, Instant publishedAt) {
		super(publishedBy, publishedAt);
		this.kind = previous.kind;
		this.version = previous.version + 1;
		this.title = previous.title;
		this.seed = previous.seed;
		this.description = previous.description;
		this.current = true;
	}

	void retire() {
		this.current = false;
	}

	public Long getId() {
		return id;
	}

	public ChecklistKind getKind() {
		return kind;
	}

	public int getVersion() {
		return version;
	}

	public String getTitle() {
		return title;
	}

	public String getSeed() {
		return seed;
	}

	public String getDescription() {
		return description;
	}

	public boolean isCurrent() {
		return current;
	}

	public Instant getPublishedAt() {
		return getRecordedAt();
	}

	public String getPublishedBy() {
		return getRecordedBy();
	}
}
