package io.cyclewise.maturity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cyclewise.maturity.internal.ComponentRating;
import io.cyclewise.maturity.internal.MaturityAssessment;
import io.cyclewise.maturity.internal.MaturityAssessmentRepository;
import io.cyclewise.organization.BusinessUnitSummary;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.shared.NotAllowedException;
import io.cyclewise.shared.NotFoundException;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records and reads organization maturity assessments (the implementing-and-scaling AI study). */
@Service
@Transactional(readOnly = true)
public class MaturityService {

	private final MaturityAssessmentRepository assessments;
	private final BusinessUnits businessUnits;
	private final Clock clock;

	MaturityService(MaturityAssessmentRepository assessments, BusinessUnits businessUnits, Clock clock) {
		this.assessments = assessments;
		this.businessUnits = businessUnits;
		this.clock = clock;
	}

	/** Project leads, data scientists and administrators assess; executives read. */
	public static boolean canAssess(CurrentUser user) {
		return user.isAdmin() || user.has(Role.PROJECT_LEAD) || user.has(Role.DATA_SCIENTIST);
	}

	public BusinessUnitSummary unit(long businessUnitId) {
		return businessUnits.find(businessUnitId).orElseThrow(() -> new NotFoundException(
				"maturity.unit.notFound", businessUnitId));
	}

	/** Newest first. */
	public List<MaturityAssessment> history(long businessUnitId) {
		return assessments.findByBusinessUnitIdOrderByAssessedOnDescIdDesc(businessUnitId);
	}

	/** The latest assessment per business unit id. */
	public Map<Long, MaturityAssessment> latestByUnit() {
		return assessments.findByIdIn(assessments.latestIds()).stream()
			.collect(Collectors.toMap(MaturityAssessment::getBusinessUnitId, Function.identity()));
	}

	/** @return the stored assessment, or the latest one unchanged if this repeats it (a double submit) */
	@Transactional
	public MaturityAssessment record(long businessUnitId, NewMaturityAssessment form, CurrentUser user) {
		if (!canAssess(user)) {
			throw new NotAllowedException("maturity.assess.notAllowed");
		}
		unit(businessUnitId);
		List<ComponentRating> ratings = form.ratings().stream()
			.map(rating -> new ComponentRating(rating.component(), rating.phase(), blankToNull(rating.note())))
			.toList();
		MaturityAssessment assessment = new MaturityAssessment(businessUnitId, form.assessedOn(),
				blankToNull(form.note()), ratings, user.username(), clock.instant());
		List<MaturityAssessment> earlier = history(businessUnitId);
		if (!earlier.isEmpty() && earlier.get(0).sameAs(assessment)) {
			return earlier.get(0);
		}
		return assessments.save(assessment);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
