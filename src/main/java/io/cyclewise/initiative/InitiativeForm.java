package io.cyclewise.initiative;

import java.time.LocalDate;

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

	@NotBlank(message = "Enter a name.")
	@Size(max = 150, message = "A name has at most 150 characters.")
	private String name;

	@NotBlank(message = "Say what the initiative is for.")
	@Size(max = 2000, message = "The purpose has at most 2,000 characters.")
	private String purpose;

	@NotNull(message = "Choose a business unit.")
	private Long businessUnitId;

	@Size(max = 1000, message = "List at most 1,000 characters of user contexts.")
	private String userContexts;

	@NotNull(message = "Choose the lead.")
	private Long leadId;

	@NotNull(message = "Choose the alignment phase.")
	private AlignmentPhase alignmentPhase;

	@NotNull(message = "Choose the lifecycle stage.")
	private LifecycleStage lifecycleStage;

	@NotNull(message = "Choose the value-creation mechanism.")
	private ValueCreationMechanism mechanism;

	@NotNull(message = "Choose the state of the cycle.")
	private OrganizationCycleState organizationState;

	@Size(max = 500, message = "A note has at most 500 characters.")
	private String organizationNote;

	@NotNull(message = "Enter since when the cycle is in this state.")
	@PastOrPresent(message = "The date cannot be in the future.")
	@DateWithin(yearsBefore = 100, message = "Enter a date within the last 100 years.")
	private LocalDate organizationSince;

	@NotNull(message = "Enter the pace in days.")
	@Min(value = 1, message = "The pace is at least 1 day.")
	@Max(value = 3650, message = "The pace is at most 3,650 days (10 years).")
	private Integer organizationPaceDays;

	@NotNull(message = "Choose the state of the cycle.")
	private TechnologyCycleState technologyState;

	@Size(max = 500, message = "A note has at most 500 characters.")
	private String technologyNote;

	@NotNull(message = "Enter since when the cycle is in this state.")
	@PastOrPresent(message = "The date cannot be in the future.")
	@DateWithin(yearsBefore = 100, message = "Enter a date within the last 100 years.")
	private LocalDate technologySince;

	@NotNull(message = "Enter the pace in days.")
	@Min(value = 1, message = "The pace is at least 1 day.")
	@Max(value = 3650, message = "The pace is at most 3,650 days (10 years).")
	private Integer technologyPaceDays;

	@NotNull(message = "Choose the state of the cycle.")
	private UserCycleState userState;

	@Size(max = 500, message = "A note has at most 500 characters.")
	private String userNote;

	@NotNull(message = "Enter since when the cycle is in this state.")
	@PastOrPresent(message = "The date cannot be in the future.")
	@DateWithin(yearsBefore = 100, message = "Enter a date within the last 100 years.")
	private LocalDate userSince;

	@NotNull(message = "Enter the pace in days.")
	@Min(value = 1, message = "The pace is at least 1 day.")
	@Max(value = 3650, message = "The pace is at most 3,650 days (10 years).")
	private Integer userPaceDays;

	@Size(max = 1000, message = "The reason has at most 1,000 characters.")
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
	/** A new initiative's defaults: (Re)Initiating Alignment, requirements analysis, all cycles at their first state. */
	public static InitiativeForm blank(Long leadId, LocalDate today) {
		InitiativeForm form = new InitiativeForm();
		form.setLeadId(leadId);
		form.setAlignmentPhase(AlignmentPhase.REINITIATING);
		form.setLifecycleStage(LifecycleStage.REQUIREMENTS_ANALYSIS);
		form.setMechanism(ValueCreationMechanism.KNOWLEDGE_CREATION);
		form.setOrganizationState(OrganizationCycleState.FORMING);
		form.setOrganizationSince(today);
		form.setOrganizationPaceDays(90);
		form.setTechnologyState(TechnologyCycleState.EXPLORING);
		form.setTechnologySince(today);
		form.setTechnologyPaceDays(14);
		form.setUserState(UserCycleState.IDENTIFIED);
		form.setUserSince(today);
		form.setUserPaceDays(180);
		return form;
	}

	public static InitiativeForm of(Initiative initiative) {
		InitiativeForm form = new InitiativeForm();
		form.setName(initiative.getName());
		form.setPurpose(initiative.getPurpose());
		form.setBusinessUnitId(initiative.getBusinessUnit().getId());
		form.setUserContexts(String.join(", ", initiative.getUserContexts()));
		form.setLeadId(initiative.getLead().getId());
		form.setAlignmentPhase(initiative.getAlignmentPhase());
		form.setLifecycleStage(initiative.getLifecycleStage());
		form.setMechanism(initiative.getMechanism());
		form.setOrganizationState(initiative.getOrganizationState());
		form.setOrganizationNote(initiative.getOrganizationNote());
		form.setOrganizationSince(initiative.getOrganizationSince());
		form.setOrganizationPaceDays(initiative.getOrganizationPaceDays());
		form.setTechnologyState(initiative.getTechnologyState());
		form.setTechnologyNote(initiative.getTechnologyNote());
		form.setTechnologySince(initiative.getTechnologySince());
		form.setTechnologyPaceDays(initiative.getTechnologyPaceDays());
		form.setUserState(initiative.getUserState());
		form.setUserNote(initiative.getUserNote());
		form.setUserSince(initiative.getUserSince());
		form.setUserPaceDays(initiative.getUserPaceDays());
		form.setVersion(initiative.getVersion());
		return form;
	}

	/** The user contexts typed as a comma- or line-separated list: trimmed, blanks dropped, duplicates removed. */
	public java.util.List<String> userContextList() {
		if (userContexts == null) {
			return java.util.List.of();
		}
		return java.util.Arrays.stream(userContexts.split("[,\\n]"))
			.map(String::trim)
			.filter(context -> !context.isEmpty())
			.distinct()
			.toList();
	}
}
