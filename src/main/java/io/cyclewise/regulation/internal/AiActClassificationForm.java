package io.cyclewise.regulation.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.cyclewise.regulation.AiActRole;
import io.cyclewise.regulation.AiActService;
import io.cyclewise.regulation.AiActTier;
import io.cyclewise.regulation.ClassificationAnswers;
import io.cyclewise.regulation.ClassificationView;
import io.cyclewise.regulation.HighRiskArea;
import io.cyclewise.regulation.NewClassification;
import io.cyclewise.regulation.ProhibitedPractice;
import io.cyclewise.regulation.TransparencyDuty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The guided classification, grouped by the four questions (Art. 5, Annex I / Annex III with Art. 6(3), Art. 50),
 * with the role, the stated tier and the reasoning. The page and the API ({@code POST /api/v1/initiatives/{id}/ai-act})
 * both bind it; {@link ClassificationRules#contradictions} judges it beyond Bean Validation.
 */
public class AiActClassificationForm {

	@NotNull(message = "{regulation.form.role.required}")
	private AiActRole role;

	private List<ProhibitedPractice> prohibitedPractices = new ArrayList<>();

	@NotNull(message = "{regulation.form.annexI.required}")
	private Boolean annexISafetyComponent;

	private List<HighRiskArea> highRiskAreas = new ArrayList<>();

	private Boolean profilesNaturalPersons;

	private boolean exceptionClaimed;

	@Size(max = 1000, message = "{regulation.form.exceptionReason.size}")
	private String exceptionReason;

	private List<TransparencyDuty> transparencyDuties = new ArrayList<>();

	@NotNull(message = "{regulation.form.statedTier.required}")
	private AiActTier statedTier;

	@NotNull(message = "{regulation.reasoning.tooShort}")
	@Size(min = 20, max = 4000, message = "{regulation.form.reasoning.size}")
	private String reasoning;

	/** The answers as the rules read them (duplicates and empty list entries left out). */
	public ClassificationAnswers answers() {
		return new ClassificationAnswers(set(prohibitedPractices, ProhibitedPractice.class),
				Boolean.TRUE.equals(annexISafetyComponent), set(highRiskAreas, HighRiskArea.class), profilesNaturalPersons,
				exceptionClaimed, exceptionReason, set(transparencyDuties, TransparencyDuty.class));
	}

	private static <E extends Enum<E>> Set<E> set(List<E> values, Class<E> type) {
		Set<E> set = EnumSet.noneOf(type);
		if (values != null) {
			values.stream().filter(Objects::nonNull).forEach(set::add);
		}
		return set;
	}

	/** The classification to store, for {@link AiActService#classify}. */
	public NewClassification toCommand() {
		return new NewClassification(role, answers(), statedTier, reasoning);
	}

	/** The form showing a stored classification, for a re-classification to start from. */
	static AiActClassificationForm of(ClassificationView current) {
		AiActClassificationForm form = new AiActClassificationForm();
		form.role = current.role();
		form.prohibitedPractices = new ArrayList<>(current.prohibitedPractices());
		form.annexISafetyComponent = current.annexISafetyComponent();
		form.highRiskAreas = new ArrayList<>(current.highRiskAreas());
		form.profilesNaturalPersons = current.profilesNaturalPersons();
		form.exceptionClaimed = current.exceptionClaimed();
		form.exceptionReason = current.exceptionReason();
		form.transparencyDuties = new ArrayList<>(current.transparencyDuties());
		form.statedTier = current.tier();
		return form;
	}

	public AiActRole getRole() {
		return role;
	}

	public void setRole(AiActRole role) {
		this.role = role;
	}

	public List<ProhibitedPractice> getProhibitedPractices() {
		return prohibitedPractices;
	}

	public void setProhibitedPractices(List<ProhibitedPractice> prohibitedPractices) {
		this.prohibitedPractices = prohibitedPractices == null ? new ArrayList<>() : prohibitedPractices;
	}

	public Boolean getAnnexISafetyComponent() {
		return annexISafetyComponent;
	}

	public void setAnnexISafetyComponent(Boolean annexISafetyComponent) {
		this.annexISafetyComponent = annexISafetyComponent;
	}

	public List<HighRiskArea> getHighRiskAreas() {
		return highRiskAreas;
	}

	public void setHighRiskAreas(List<HighRiskArea> highRiskAreas) {
		this.highRiskAreas = highRiskAreas == null ? new ArrayList<>() : highRiskAreas;
	}

	public Boolean getProfilesNaturalPersons() {
		return profilesNaturalPersons;
	}

	public void setProfilesNaturalPersons(Boolean profilesNaturalPersons) {
		this.profilesNaturalPersons = profilesNaturalPersons;
	}

	public boolean isExceptionClaimed() {
		return exceptionClaimed;
	}

	public void setExceptionClaimed(boolean exceptionClaimed) {
		this.exceptionClaimed = exceptionClaimed;
	}

	public String getExceptionReason() {
		return exceptionReason;
	}

	public void setExceptionReason(String exceptionReason) {
		this.exceptionReason = exceptionReason;
	}

	public List<TransparencyDuty> getTransparencyDuties() {
		return transparencyDuties;
	}

	public void setTransparencyDuties(List<TransparencyDuty> transparencyDuties) {
		this.transparencyDuties = transparencyDuties == null ? new ArrayList<>() : transparencyDuties;
	}

	public AiActTier getStatedTier() {
		return statedTier;
	}

	public void setStatedTier(AiActTier statedTier) {
		this.statedTier = statedTier;
	}

	public String getReasoning() {
		return reasoning;
	}

	public void setReasoning(String reasoning) {
		this.reasoning = reasoning;
	}
}
