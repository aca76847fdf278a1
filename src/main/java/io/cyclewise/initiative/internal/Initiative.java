package io.cyclewise.initiative.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.Aspect;
import io.cyclewise.initiative.Cycle;
import io.cyclewise.initiative.CycleStatus;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.Aspect.CyclePart;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.organization.entity.BusinessUnit;
import io.cyclewise.shared.DomainTerm;
import io.cyclewise.shared.RecordedAndChanged;
import io.cyclewise.user.account.AppUser;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An initiative that builds or runs one ML-based capability. It holds only the <em>current</em> values; every
 * change is also written to {@link InitiativeChange} rows, so nothing is lost by an edit.
 */
@Entity
@Table(name = "initiative")
@AttributeOverride(name = "recordedBy", column = @Column(name = "created_by", nullable = false, updatable = false, length = 60))
@AttributeOverride(name = "recordedAt", column = @Column(name = "created_at", nullable = false, updatable = false))
@AttributeOverride(name = "changedBy", column = @Column(name = "updated_by", nullable = false, length = 60))
@AttributeOverride(name = "changedAt", column = @Column(name = "updated_at", nullable = false))
public class Initiative extends RecordedAndChanged {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 150)
	private String name;

	@Column(nullable = false, length = 2000)
	private String purpose;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "business_unit_id")
	private BusinessUnit businessUnit;

	@ElementCollection
	@CollectionTable(name = "initiative_user_context", joinColumns = @JoinColumn(name = "initiative_id"))
	@OrderColumn(name = "position")
	@Column(name = "user_context", length = 120)
	private List<String> userContexts = new ArrayList<>();

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "lead_id")
	private AppUser lead;

	@Enumerated(EnumType.STRING)
	@Column(name = "alignment_phase", nullable = false, length = 30)
	private AlignmentPhase alignmentPhase;

	@Enumerated(EnumType.STRING)
	@Column(name = "lifecycle_stage", nullable = false, length = 40)
	private LifecycleStage lifecycleStage;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 50)
	private ValueCreationMechanism mechanism;

	@Embedded
	@AttributeOverride(name = "state", column = @Column(name = "organization_state", nullable = false, length = 30))
	@AttributeOverride(name = "note", column = @Column(name = "organization_note", length = 500))
	@AttributeOverride(name = "since", column = @Column(name = "organization_since", nullable = false))
	@AttributeOverride(name = "paceDays", column = @Column(name = "organization_pace_days", nullable = false))
	private CycleStanding organization;

	@Embedded
	@AttributeOverride(name = "state", column = @Column(name = "technology_state", nullable = false, length = 30))
	@AttributeOverride(name = "note", column = @Column(name = "technology_note", length = 500))
	@AttributeOverride(name = "since", column = @Column(name = "technology_since", nullable = false))
	@AttributeOverride(name = "paceDays", column = @Column(name = "technology_pace_days", nullable = false))
	private CycleStanding technology;

	@Embedded
	@AttributeOverride(name = "state", column = @Column(name = "user_state", nullable = false, length = 30))
	@AttributeOverride(name = "note", column = @Column(name = "user_note", length = 500))
	@AttributeOverride(name = "since", column = @Column(name = "user_since", nullable = false))
	@AttributeOverride(name = "paceDays", column = @Column(name = "user_pace_days", nullable = false))
	private CycleStanding user;

	@Version
	private long version;

	protected Initiative() {
	}

	public Initiative(String createdBy, Instant createdAt) {
		super(createdBy, createdAt);
	}

	/** The tracked values, as stored in history rows (enum codes, names, numbers as text). */
	public Map<Aspect, String> snapshot() {
		Map<Aspect, String> values = new EnumMap<>(Aspect.class);
		values.put(Aspect.NAME, name);
		values.put(Aspect.PURPOSE, purpose);
		values.put(Aspect.BUSINESS_UNIT, businessUnit == null ? null : businessUnit.getName());
		values.put(Aspect.USER_CONTEXTS, String.join(", ", userContexts));
		values.put(Aspect.LEAD, lead == null ? null : lead.getUsername());
		values.put(Aspect.ALIGNMENT_PHASE, code(alignmentPhase));
		values.put(Aspect.LIFECYCLE_STAGE, code(lifecycleStage));
		values.put(Aspect.MECHANISM, code(mechanism));
		for (CycleStatus status : cycles()) {
			values.put(Aspect.of(status.cycle(), CyclePart.STATE), code(status.state()));
			values.put(Aspect.of(status.cycle(), CyclePart.NOTE), status.note());
			values.put(Aspect.of(status.cycle(), CyclePart.PACE), String.valueOf(status.paceDays()));
		}
		return values;
	}

	private static String code(DomainTerm value) {
		return value == null ? null : value.name();
	}

	/** The three cycles side by side, for pages and rules. */
	public List<CycleStatus> cycles() {
		return List.of(organization.status(Cycle.ORGANIZATION), technology.status(Cycle.TECHNOLOGY),
				user.status(Cycle.USER));
	}

	/** The read-only view other modules get; call inside a transaction (unit, lead and user contexts are lazy). */
	public InitiativeSummary summary() {
		return new InitiativeSummary(id, name, purpose, businessUnit.summary(), getUserContexts(),
				new InitiativeSummary.Lead(lead.getId(), lead.getUsername(), lead.getDisplayName()), alignmentPhase,
				lifecycleStage, mechanism, cycles(), getChangedAt(), getChangedBy(), version);
	}

	public void touch(String username, Instant when) {
		changedBy(username, when);
	}

	public boolean isLedBy(String username) {
		return lead != null && lead.getUsername().equalsIgnoreCase(username);
	}

	// Plain accessors below.

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public BusinessUnit getBusinessUnit() {
		return businessUnit;
	}

	public void setBusinessUnit(BusinessUnit businessUnit) {
		this.businessUnit = businessUnit;
	}

	public List<String> getUserContexts() {
		return List.copyOf(userContexts);
	}

	public void setUserContexts(List<String> userContexts) {
		this.userContexts.clear();
		this.userContexts.addAll(userContexts);
	}

	public AppUser getLead() {
		return lead;
	}

	public void setLead(AppUser lead) {
		this.lead = lead;
	}

	public AlignmentPhase getAlignmentPhase() {
		return alignmentPhase;
	}

	public void setAlignmentPhase(AlignmentPhase alignmentPhase) {
		this.alignmentPhase = alignmentPhase;
	}

	public LifecycleStage getLifecycleStage() {
		return lifecycleStage;
	}

	public void setLifecycleStage(LifecycleStage lifecycleStage) {
		this.lifecycleStage = lifecycleStage;
	}

	public ValueCreationMechanism getMechanism() {
		return mechanism;
	}

	public void setMechanism(ValueCreationMechanism mechanism) {
		this.mechanism = mechanism;
	}

	/** Where one cycle stands now. */
	public CycleStatus cycle(Cycle cycle) {
		return standing(cycle).status(cycle);
	}

	/** Sets where one cycle stands (its state must be one of that cycle's states). */
	public void setCycle(CycleStatus status) {
		CycleStanding standing = new CycleStanding(status);
		switch (status.cycle()) {
			case ORGANIZATION -> organization = standing;
			case TECHNOLOGY -> technology = standing;
			case USER -> user = standing;
		}
	}

	private CycleStanding standing(Cycle cycle) {
		return switch (cycle) {
			case ORGANIZATION -> organization;
			case TECHNOLOGY -> technology;
			case USER -> user;
		};
	}

	public long getVersion() {
		return version;
	}
}
