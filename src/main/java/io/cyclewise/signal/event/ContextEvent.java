package io.cyclewise.signal.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cyclewise.shared.Recorded;
import io.cyclewise.signal.ContextChangeKind;
import io.cyclewise.signal.ContextChangeType;
import io.cyclewise.signal.EventScope;
import io.cyclewise.signal.ScopeKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The ML-based capability alignment study, context sensitivity: a dated change in the task context, the organizational context or the external
 * environment, with the scope it hits. While it is open, initiatives that enter its scope are linked to it too.
 */
@Entity
@Table(name = "context_event")
public class ContextEvent extends Recorded {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private ContextChangeType type;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private ContextChangeKind kind;

	@Column(nullable = false, length = 150)
	private String title;

	@Column(nullable = false, length = 4000)
	private String description;

	@Column(name = "occurred_on", nullable = false)
	private LocalDate occurredOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ScopeKind scope;

	@ElementCollection
	@CollectionTable(name = "context_event_business_unit", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "business_unit_id")
	private Set<Long> businessUnitIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "context_event_user_context", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "position")
	@Column(name = "user_context", length = 120)
	private List<String> userContexts = new ArrayList<>();

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closed_by", length = 60)
	private String closedBy;

	@Column(name = "closing_note", length = 1000)
	private String closingNote;

	@Column(name = "submission_id", nullable = false, unique = true)
	private UUID submissionId;

	@Version
	private long version;

	protected ContextEvent() {
	}

	public ContextEvent(ContextChangeKind kind, String title, String description, LocalDate occurredOn,
			EventScope scope, String recordedBy, Instant recordedAt, UUID submissionId) {
		super(recordedBy, recordedAt);
		this.type = kind.type();
		this.kind = kind;
		this.title = title;
		this.description = description;
		this.occurredOn = occurredOn;
		this.scope = scope.kind();
		this.businessUnitIds.addAll(scope.businessUnitIds());
		this.userContexts.addAll(scope.userContexts());
		this.submissionId = submissionId;
	}

	public void close(String username, Instant when, String note) {
		this.closedBy = username;
		this.closedAt = when;
		this.closingNote = note;
	}

	public boolean isOpen() {
		return closedAt == null;
	}

	public EventScope eventScope() {
		return new EventScope(scope, businessUnitIds, userContexts);
	}

	public Long getId() {
		return id;
	}

	public ContextChangeType getType() {
		return type;
	}

	public ContextChangeKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public LocalDate getOccurredOn() {
		return occurredOn;
	}

	public ScopeKind getScope() {
		return scope;
	}

	public Set<Long> getBusinessUnitIds() {
		return Set.copyOf(businessUnitIds);
	}

	public List<String> getUserContexts() {
		return List.copyOf(userContexts);
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public String getClosedBy() {
		return closedBy;
	}

	public String getClosingNote() {
		return closingNote;
	}

	public long getVersion() {
		return version;
	}
}
