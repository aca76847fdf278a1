package io.cyclewise.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.cyclewise.organization.BusinessUnit;
import io.cyclewise.user.account.AppUser;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An initiative that builds or runs one ML-based capability. It holds only the <em>current</em> values; every
 * change is also written to {@link InitiativeChange} rows, so nothing is lost by an edit.
 */
@Entity
@Table(name = "initiative")
public class Initiative {

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

	@Enumerated(EnumType.STRING)
	@Column(name = "organization_state", nullable = false, length = 30)
	private OrganizationCycleState organizationState;

	@Column(name = "organization_note", length = 500)
	private String organizationNote;

	@Column(name = "organization_since", nullable = false)
	private LocalDate organizationSince;

	@Column(name = "organization_pace_days", nullable = false)
	private int organizationPaceDays;

	@Enumerated(EnumType.STRING)
	@Column(name = "technology_state", nullable = false, length = 30)
	private TechnologyCycleState technologyState;

	@Column(name = "technology_note", length = 500)
	private String technologyNote;

	@Column(name = "technology_since", nullable = false)
	private LocalDate technologySince;

	@Column(name = "technology_pace_days", nullable = false)
	private int technologyPaceDays;

	@Enumerated(EnumType.STRING)
	@Column(name = "user_state", nullable = false, length = 30)
	private UserCycleState userState;

	@Column(name = "user_note", length = 500)
	private String userNote;

	@Column(name = "user_since", nullable = false)
	private LocalDate userSince;

	@Column(name = "user_pace_days", nullable = false)
	private int userPaceDays;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 60)
	private String createdBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", nullable = false, length = 60)
	private String updatedBy;

	@Version
	private long version;

	protected Initiative() {
	}

	public Initiative(String createdBy, Instant createdAt) {
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedBy = createdBy;
		this.updatedAt = createdAt;
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
		values.put(Aspect.ORGANIZATION_CYCLE_STATE, code(organizationState));
		values.put(Aspect.ORGANIZATION_CYCLE_NOTE, organizationNote);
		values.put(Aspect.ORGANIZATION_CYCLE_PACE, String.valueOf(organizationPaceDays));
		values.put(Aspect.TECHNOLOGY_CYCLE_STATE, code(technologyState));
		values.put(Aspect.TECHNOLOGY_CYCLE_NOTE, technologyNote);
		values.put(Aspect.TECHNOLOGY_CYCLE_PACE, String.valueOf(technologyPaceDays));
		values.put(Aspect.USER_CYCLE_STATE, code(userState));
		values.put(Aspect.USER_CYCLE_NOTE, userNote);
		values.put(Aspect.USER_CYCLE_PACE, String.valueOf(userPaceDays));
		return values;
	}

	private static String code(Enum<?> value) {
		return value == null ? null : value.name();
	}

	/** The three cycles side by side, for pages and rules. */
	public List<CycleStatus> cycles() {
		return List.of(
				new CycleStatus(Cycle.ORGANIZATION, organizationState, organizationNote, organizationSince, organizationPaceDays),
				new CycleStatus(Cycle.TECHNOLOGY, technologyState, technologyNote, technologySince, technologyPaceDays),
				new CycleStatus(Cycle.USER, userState, userNote, userSince, userPaceDays));
	}

	public void touch(String username, Instant when) {
		this.updatedBy = username;
		this.updatedAt = when;
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

	public OrganizationCycleState getOrganizationState() {
		return organizationState;
	}

	public String getOrganizationNote() {
		return organizationNote;
	}

	public LocalDate getOrganizationSince() {
		return organizationSince;
	}

	public int getOrganizationPaceDays() {
		return organizationPaceDays;
	}

	public void setOrganizationCycle(OrganizationCycleState state, String note, LocalDate since, int paceDays) {
		this.organizationState = state;
		this.organizationNote = note;
		this.organizationSince = since;
		this.organizationPaceDays = paceDays;
	}

	public TechnologyCycleState getTechnologyState() {
		return technologyState;
	}

	public String getTechnologyNote() {
		return technologyNote;
	}

	public LocalDate getTechnologySince() {
		return technologySince;
	}

	public int getTechnologyPaceDays() {
		return technologyPaceDays;
	}

	public void setTechnologyCycle(TechnologyCycleState state, String note, LocalDate since, int paceDays) {
		this.technologyState = state;
		this.technologyNote = note;
		this.technologySince = since;
		this.technologyPaceDays = paceDays;
	}

	public UserCycleState getUserState() {
		return userState;
	}

	public String getUserNote() {
		return userNote;
	}

	public LocalDate getUserSince() {
		return userSince;
	}

	public int getUserPaceDays() {
		return userPaceDays;
	}

	public void setUserCycle(UserCycleState state, String note, LocalDate since, int paceDays) {
		this.userState = state;
		this.userNote = note;
		this.userSince = since;
		this.userPaceDays = paceDays;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	public long getVersion() {
		return version;
	}
}
