package io.cyclewise.signal.measure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ObservationRepository extends JpaRepository<Observation, Long> {

	boolean existsBySubmissionId(UUID submissionId);

	/** The newest 500 (charts and the timeline never need more); callers sort as they need. */
	List<Observation> findTop500ByInitiativeIdOrderByObservedOnDescIdDesc(Long initiativeId);

	/** How earlier observations of this metric were recorded (spelling and direction), if any. */
	@Query("select o from Observation o where o.initiativeId = :initiativeId and lower(o.metric) = lower(:metric) order by o.id asc limit 1")
	Optional<Observation> findFirstOfMetric(Long initiativeId, String metric);
}
