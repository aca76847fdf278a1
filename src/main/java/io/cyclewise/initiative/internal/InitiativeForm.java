package io.cyclewise.initiative.internal;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.OrganizationCycleState;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.initiative.UserCycleState;
import io.cyclewise.initiative.ValueCreationMechanism;

import java.time.LocalDate;
import java.util.List;

import io.cyclewise.initiative.Cycle;
import io.cyclewise.initiative.CycleStatus;
import io.cyclewise.initiative.InitiativeDraft;
import io.cyclewise.initiative.InitiativeSummary;

import io.cyclewise.shared.DateWithin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * What a lead types to register or edit an initiative. Enum fields bind by name, so a forged value becomes a
 * field error, never a 500. {@code version} carries the optimistic lock; {@code changeReason} goes to history.
 */
public class InitiativeForm {

	@NotBlank(message = "{initiative.name.required}")
	@Size(max = 150, message = "{initiative.name.size}")
	private String name;

	@NotBlank(message = "{initiative.purpose.required}")
	@Size(max = 2000, message = "{initiative.purpose.size}")
	private String purpose;

	@NotNull(message = "{initiative.businessUnit.required}")
	private Long businessUnitId;

	@Size(max = 1000, message = "{initiative.userContexts.size}")
	private String userContexts;

	@NotNull(message = "{initiative.lead.required}")
	private Long leadId;

	@NotNull(message = "{initiative.alignmentPhase.required}")
	private AlignmentPhase alignmentPhase;

	@NotNull(message = "{initiative.lifecycleStage.required}")
	private LifecycleStage lifecycleStage;

	@NotNull(message = "{initiative.mechanism.required}")
	private ValueCreationMechanism mechanism;

	@NotNull(message = "{initiative.cycle.state.required}")
	private OrganizationCycleState organizationState;

	@Size(max = 500, message = "{initiative.cycle.note.size}")
	private String organizationNote;

	@NotNull(message = "{initiative.cycle.since.required}")
	@PastOrPresent(message = "{initiative.cycle.since.past}")
	@DateWithin(yearsBefore = 100, message = "{initiative.cycle.since.range}")
	private LocalDate organizationSince;

	@NotNull(message = "{initiative.cycle.pace.required}")
	@Min(value = 1, message = "{initiative.cycle.pace.min}")
	@Max(value = 3650, message = "{initiative.cycle.pace.max}")
	private Integer organizationPaceDays;

	@NotNull(message = "{initiative.cycle.state.required}")
	private TechnologyCycleState technologyState;

	@Size(max = 500, message = "{initiative.cycle.note.size}")
	private String technologyNote;

	@NotNull(message = "{initiative.cycle.since.required}")
	@PastOrPresent(message = "{initiative.cycle.since.past}")
	@DateWithin(yearsBefore = 100, message = "{initiative.cycle.since.range}")
	private LocalDate technologySince;

	@NotNull(message = "{initiative.cycle.pace.required}")
	@Min(value = 1, message = "{initiative.cycle.pace.min}")
	@Max(value = 3650, message = "{initiative.cycle.pace.max}")
	private Integer technologyPaceDays;

	@NotNull(message = "{initiative.cycle.state.required}")
	private UserCycleState userState;

	@Size(max = 500, message = "{initiative.cycle.note.size}")
	private String userNote;

	@NotNull(message = "{initiative.cycle.since.required}")
	@PastOrPresent(message = "{initiative.cycle.since.past}")
	@DateWithin(yearsBefore = 100, message = "{initiative.cycle.since.range}")
	private LocalDate userSince;

	@NotNull(message = "{initiative.cycle.pace.required}")
	@Min(value = 1, message = "{initiative.cycle.pace.min}")
	@Max(value = 3650, message = "{initiative.cycle.pace.max}")
	private Integer userPaceDays;

	@Size(max = 1000, message = "{initiative.changeReason.size}")
	private String changeReason;

	private Long version;

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

	public Long getBusinessUnitId() {
		return businessUnitId;
	}

	public void setBusinessUnitId(Long businessUnitId) {
		this.businessUnitId = businessUnitId;
	}

	public String getUserContexts() {
		return userContexts;
	}

	public void setUserContexts(String userContexts) {
		this.userContexts = userContexts;
	}

	public Long getLeadId() {
		return leadId;
	}

	public void setLeadId(Long leadId) {
		this.leadId = leadId;
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

	public void setOrganizationState(OrganizationCycleState organizationState) {
		this.organizationState = organizationState;
	}

	public String getOrganizationNote() {
		return organizationNote;
	}

	public void setOrganizationNote(String organizationNote) {
		this.organizationNote = organizationNote;
	}

	public LocalDate getOrganizationSince() {
		return organizationSince;
	}

	public void setOrganizationSince(LocalDate organizationSince) {
		this.organizationSince = organizationSince;
	}

	public Integer getOrganizationPaceDays() {
		return organizationPaceDays;
	}

	public void setOrganizationPaceDays(Integer organizationPaceDays) {
		this.organizationPaceDays = organizationPaceDays;
	}

	public TechnologyCycleState getTechnologyState() {
		return technologyState;
	}

	public void setTechnologyState(TechnologyCycleState technologyState) {
		this.technologyState = technologyState;
	}

	public String getTechnologyNote() {
		return technologyNote;
	}

	public void setTechnologyNote(String technologyNote) {
		this.technologyNote = technologyNote;
	}

	public LocalDate getTechnologySince() {
		return technologySince;
	}

	public void setTechnologySince(LocalDate technologySince) {
		this.technologySince = technologySince;
	}

	public Integer getTechnologyPaceDays() {
		return technologyPaceDays;
	}

	public void setTechnologyPaceDays(Integer technologyPaceDays) {
		this.technologyPaceDays = technologyPaceDays;
	}

	public UserCycleState getUserState() {
		return userState;
	}

	public void setUserState(UserCycleState userState) {
		this.userState = userState;
	}

	public String getUserNote() {
		return userNote;
	}

	public void setUserNote(String userNote) {
		this.userNote = userNote;
	}

	public LocalDate getUserSince() {
		return userSince;
	}

	public void setUserSince(LocalDate userSince) {
		this.userSince = userSince;
	}

	public Integer getUserPaceDays() {
		return userPaceDays;
	}

	public void setUserPaceDays(Integer userPaceDays) {
		this.userPaceDays = userPaceDays;
	}

	public String getChangeReason() {
		return changeReason;
	}

	public void setChangeReason(String changeReason) {
		this.changeReason = changeReason;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
	/** A new initiative's defaults (see {@link InitiativeDraft#blank}). */
	public static InitiativeForm blank(Long leadId, LocalDate today) {
		return of(InitiativeDraft.blank(leadId, today));
	}

	public static InitiativeForm of(InitiativeSummary initiative) {
		return of(InitiativeDraft.of(initiative));
	}

	private static InitiativeForm of(InitiativeDraft draft) {
		InitiativeForm form = new InitiativeForm();
		form.setName(draft.name());
		form.setPurpose(draft.purpose());
		form.setBusinessUnitId(draft.businessUnitId());
		form.setUserContexts(draft.userContexts().isEmpty() ? null : String.join(", ", draft.userContexts()));
		form.setLeadId(draft.leadId());
		form.setAlignmentPhase(draft.alignmentPhase());
		form.setLifecycleStage(draft.lifecycleStage());
		form.setMechanism(draft.mechanism());
		CycleStatus organization = draft.cycle(Cycle.ORGANIZATION);
		form.setOrganizationState(organization.state(OrganizationCycleState.class));
		form.setOrganizationNote(organization.note());
		form.setOrganizationSince(organization.since());
		form.setOrganizationPaceDays(organization.paceDays());
		CycleStatus technology = draft.cycle(Cycle.TECHNOLOGY);
		form.setTechnologyState(technology.state(TechnologyCycleState.class));
		form.setTechnologyNote(technology.note());
		form.setTechnologySince(technology.since());
		form.setTechnologyPaceDays(technology.paceDays());
		CycleStatus user = draft.cycle(Cycle.USER);
		form.setUserState(user.state(UserCycleState.class));
		form.setUserNote(user.note());
		form.setUserSince(user.since());
		form.setUserPaceDays(user.paceDays());
		form.setVersion(draft.version());
		return form;
	}

	/** The validated form as the service's command. */
	public InitiativeDraft toDraft() {
		return new InitiativeDraft(name, purpose, businessUnitId, userContextList(), leadId, alignmentPhase,
				lifecycleStage, mechanism, List.of(
						new CycleStatus(Cycle.ORGANIZATION, organizationState, organizationNote, organizationSince,
								organizationPaceDays),
						new CycleStatus(Cycle.TECHNOLOGY, technologyState, technologyNote, technologySince,
								technologyPaceDays),
						new CycleStatus(Cycle.USER, userState, userNote, userSince, userPaceDays)),
				changeReason, version);
	}

	/** The user contexts typed as a comma- or line-separated list: trimmed, blanks dropped, duplicates removed. */
	public List<String> userContextList() {
		return InitiativeDraft.userContextList(userContexts);
	}
}
