package io.cyclewise.checklist;

import java.time.Instant;

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
public class ChecklistTemplate {

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

	@Column(name = "published_at", nullable = false)
	private Instant publishedAt;

	@Column(name = "published_by", nullable = false, length = 60)
	private String publishedBy;

	protected ChecklistTemplate() {
	}

	/** The next version of {@code previous}, current from now on. */
	ChecklistTemplate(ChecklistTemplate previous, String publishedBy, Instant publishedAt) {
		this.kind = previous.kind;
		this.version = previous.version + 1;
		this.title = previous.title;
		this.seed = previous.seed;
		this.description = previous.description;
		this.current = true;
		this.publishedBy = publishedBy;
		this.publishedAt = publishedAt;
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
		return publishedAt;
	}

	public String getPublishedBy() {
		return publishedBy;
	}
}
