package io.cyclewise.maturity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.cyclewise.maturity.MaturityComponent;
import io.cyclewise.shared.Recorded;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** One dated assessment of a business unit's maturity (the implementing-and-scaling AI study). Never changed; a new one is added instead. */
@Entity
@Table(name = "maturity_assessment")
public class MaturityAssessment extends Recorded {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "business_unit_id", nullable = false)
	private Long businessUnitId;

	@Column(name = "assessed_on", nullable = false)
	private LocalDate assessedOn;

	@Column(length = 2000)
	private String note;

	@ElementCollection
	@CollectionTable(name = "maturity_assessment_component", joinColumns = @JoinColumn(name = "assessment_id"))
	private List<ComponentRating> ratings = new ArrayList<>();

	protected MaturityAssessment() {
	}

	public MaturityAssessment(Long businessUnitId, LocalDate assessedOn, String note, List<ComponentRating> ratings,
			String recordedBy, Instant recordedAt) {
		super(recordedBy, recordedAt);
		this.businessUnitId = businessUnitId;
		this.assessedOn = assessedOn;
		this.note = note;
		this.ratings.addAll(ratings);
	}

	/** Same date, note and ratings: a second submit of the same form. */
	public boolean sameAs(MaturityAssessment other) {
		if (!assessedOn.equals(other.assessedOn) || !Objects.equals(note, other.note)
				|| ratings.size() != other.ratings.size()) {
			return false;
		}
		List<ComponentRating> mine = getRatings();
		List<ComponentRating> theirs = other.getRatings();
		for (int i = 0; i < mine.size(); i++) {
			if (!mine.get(i).sameAs(theirs.get(i))) {
				return false;
			}
		}
		return true;
	}

	public Long getId() {
		return id;
	}

	public Long getBusinessUnitId() {
		return businessUnitId;
	}

	public LocalDate getAssessedOn() {
		return assessedOn;
	}

	public String getNote() {
		return note;
	}

	/** In the paper's component order. */
	public List<ComponentRating> getRatings() {
		return ratings.stream().sorted(Comparator.comparing(rating -> rating.getComponent().ordinal())).toList();
	}

	public ComponentRating rating(MaturityComponent component) {
		return ratings.stream().filter(rating -> rating.getComponent() == component).findFirst().orElse(null);
	}
}
