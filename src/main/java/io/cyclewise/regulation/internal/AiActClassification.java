package io.cyclewise.regulation.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.cyclewise.regulation.AiActRole;
import io.cyclewise.regulation.AiActTier;
import io.cyclewise.regulation.ClassificationAnswers;
import io.cyclewise.regulation.ClassificationView;
import io.cyclewise.regulation.HighRiskArea;
import io.cyclewise.regulation.ProhibitedPractice;
import io.cyclewise.regulation.TransparencyDuty;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One saved classification of one initiative. Never updated: a re-classification is a new row, so the history with
 * its answers and reasoning is kept; the latest is current. The ticked items are stored as text arrays of enum names.
 */
@Entity
@AttributeOverride(name = "recordedBy", column = @Column(name = "classified_by", nullable = false, updatable = false, length = 60))
@AttributeOverride(name = "recordedAt", column = @Column(name = "classified_at", nullable = false, updatable = false))
@Table(name = "ai_act_classification")
public class AiActClassification extends Recorded {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "initiative_id", nullable = false, updatable = false)
	private Long initiativeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10, updatable = false)
	private AiActRole role;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "prohibited_practices", nullable = false, updatable = false)
	private String[] prohibitedPractices;

	@Column(name = "annex_i_safety_component", nullable = false, updatable = false)
	private boolean annexISafetyComponent;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "high_risk_areas", nullable = false, updatable = false)
	private String[] highRiskAreas;

	@Column(name = "profiles_natural_persons", updatable = false)
	private Boolean profilesNaturalPersons;

	@Column(name = "exception_claimed", nullable = false, updatable = false)
	private boolean exceptionClaimed;

	@Column(name = "exception_reason", length = 1000, updatable = false)
	private String exceptionReason;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "transparency_duties", nullable = false, updatable = false)
	private String[] transparencyDuties;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20, updatable = false)
	private AiActTier tier;

	@Column(nullable = false, length = 4000, updatable = false)
	private String reasoning;

	protected AiActClassification() {
	}

	public AiActClassification(long initiativeId, AiActRole role, ClassificationAnswers answers, AiActTier tier,
			String reasoning, String classifiedBy, Instant classifiedAt) {
		super(classifiedBy, classifiedAt);
		this.initiativeId = initiativeId;
		this.role = role;
		this.prohibitedPractices = names(answers.prohibitedPractices());
		this.annexISafetyComponent = answers.annexISafetyComponent();
		this.highRiskAreas = names(answers.highRiskAreas());
		// Only asked for an Annex III system; the exception and its reason only count when claimed.
		this.profilesNaturalPersons = answers.highRiskAreas().isEmpty() ? null : answers.profilesNaturalPersons();
		this.exceptionClaimed = answers.exceptionClaimed();
		this.exceptionReason = answers.exceptionClaimed() ? answers.exceptionReason().strip() : null;
		this.transparencyDuties = names(answers.transparencyDuties());
		this.tier = tier;
		this.reasoning = reasoning.strip();
	}

	private static String[] names(Collection<? extends Enum<?>> values) {
		return values.stream().sorted().map(Enum::name).toArray(String[]::new);
	}

	private static <E extends Enum<E>> List<E> values(String[] names, Class<E> type) {
		Set<E> set = EnumSet.noneOf(type);
		Arrays.stream(names).forEach(name -> set.add(Enum.valueOf(type, name)));
		return List.copyOf(set);
	}

	public ClassificationView view() {
		return new ClassificationView(id, initiativeId, role, values(prohibitedPractices, ProhibitedPractice.class),
				annexISafetyComponent, values(highRiskAreas, HighRiskArea.class), profilesNaturalPersons, exceptionClaimed,
				exceptionReason, values(transparencyDuties, TransparencyDuty.class), tier, reasoning, getRecordedBy(),
				getRecordedAt());
	}

	public Long getId() {
		return id;
	}

	public Long getInitiativeId() {
		return initiativeId;
	}

	public AiActTier getTier() {
		return tier;
	}

	public AiActRole getRole() {
		return role;
	}

}
