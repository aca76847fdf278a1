package io.cyclewise.maturity.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MaturityAssessmentRepository extends JpaRepository<MaturityAssessment, Long> {

	@EntityGraph(attributePaths = "ratings")
	List<MaturityAssessment> findByBusinessUnitIdOrderByAssessedOnDescIdDesc(Long businessUnitId);

	@EntityGraph(attributePaths = "ratings")
	List<MaturityAssessment> findByIdIn(Collection<Long> ids);

	/** The latest assessment of each business unit, chosen by PostgreSQL. */
	@Query(value = "select distinct on (business_unit_id) id from maturity_assessment "
			+ "order by business_unit_id, assessed_on desc, id desc", nativeQuery = true)
	List<Long> latestIds();
}
