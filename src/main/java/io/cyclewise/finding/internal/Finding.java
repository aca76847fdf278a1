package io.cyclewise.finding.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cyclewise.risk.Severity;
import io.cyclewise.shared.Recorded;
import io.cyclewise.user.account.AppUser;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A problem seen in operation. Every change sets {@link #lastChangedAt}, so the version moves even when only a step
 * changed: a form opened before any change is then stale.
 */
@Entity
@Table(name = "finding")
public class Finding extends Recorded {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "initiative_id", nullable = false, updatable = false)
	private Long initiativeId;

	@Column(nullable = false, length = 150)
	private String title;

	@Column(nullable = false, length = 4000)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Severity severity;

	@Column(name = "observed_on", nullable = false)
	private LocalDate observedOn;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "owner_id")
	private AppUser owner;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FindingStatus status = FindingStatus.OPEN;

	// Who changed it last: kept here, since the finding's one superclass is Recorded (who recorded it, when).
	@Column(name = "last_changed_at", nullable = false)
	private Instant lastChangedAt;

	@Column(name = "last_changed_by", nullable = false)
	private String lastChangedBy;

	@Column(name = "verification_note")
	private String verificationNote;

	@Column(name = "verified_by")
	private String verifiedBy;

	@Column(name = "verified_at")
	private Instant verifiedAt;

	@OneToMany(mappedBy = "finding", cascade = CascadeType.PERSIST)
	@OrderBy("position")
	private List<FindingStep> steps = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "finding_event_link", joinColumns = @JoinColumn(name = "finding_id"))
	@Column(name = "event_id")
	private Set<Long> eventIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "finding_flag_link", joinColumns = @JoinColumn(name = "finding_id"))
	@Column(name = "flag_id")
	private Set<Long> flagIds = new LinkedHashSet<>();

	@Version
	private long version;

	protected Finding() {
	}

	Finding(Long initiativeId, String recordedBy, Instant recordedAt) {
		super(recordedBy, recordedAt);
		this.initiativeId = initiativeId;
		touch(recordedBy, recordedAt);
	}

	void touch(String username, Instant when) {
		this.lastChangedBy = username;
		this.lastChangedAt = when;
	}

	void describe(String title, String description, Severity severity, LocalDate observedOn, AppUser owner) {
		this.title = title;
		this.description = description;
		this.severity = severity;
		this.observedOn = observedOn;
		this.owner = owner;
	}

	void link(Set<Long> eventIds, Set<Long> flagIds) {
		this.eventIds.clear();
		this.eventIds.addAll(eventIds);
		this.flagIds.clear();
		this.flagIds.addAll(flagIds);
	}

	FindingStep addStep(String text) {
		FindingStep step = new FindingStep(this, steps.size() + 1, text);
		steps.add(step);
		return step;
	}

	void startRemediation() {
		this.status = FindingStatus.REMEDIATING;
	}

	void close(String verifiedBy, Instant when, String note) {
		this.status = FindingStatus.CLOSED;
		this.verifiedBy = verifiedBy;
		this.verifiedAt = when;
		this.verificationNote = note;
	}

	public boolean isClosed() {
		return status == FindingStatus.CLOSED;
	}

	public boolean isOwnedBy(String username) {
		return owner.getUsername().equalsIgnoreCase(username);
	}

	public Long getId() {
		return id;
	}

	public Long getInitiativeId() {
		return initiativeId;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public Severity getSeverity() {
		return severity;
	}

	public LocalDate getObservedOn() {
		return observedOn;
	}

	public AppUser getOwner() {
		return owner;
	}

	public FindingStatus getStatus() {
		return status;
	}

	public Instant getLastChangedAt() {
		return lastChangedAt;
	}

	public String getLastChangedBy() {
		return lastChangedBy;
	}

	public String getVerificationNote() {
		return verificationNote;
	}

	public String getVerifiedBy() {
		return verifiedBy;
	}

	public Instant getVerifiedAt() {
		return verifiedAt;
	}

	public List<FindingStep> getSteps() {
		return steps;
	}

	public Set<Long> getEventIds() {
		return eventIds;
	}

	public Set<Long> getFlagIds() {
		return flagIds;
	}

	public long getVersion() {
		return version;
	}
}
