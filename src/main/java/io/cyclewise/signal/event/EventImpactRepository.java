package io.cyclewise.signal.event;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EventImpactRepository extends JpaRepository<EventImpact, Long> {

	@Query("select i from EventImpact i join fetch i.event where i.event.id = :eventId and i.initiativeId = :initiativeId")
	Optional<EventImpact> findByEventAndInitiative(Long eventId, Long initiativeId);

	/** Everything that affects one initiative, newest event first (the page splits open and acknowledged). */
	@Query("select i from EventImpact i join fetch i.event e where i.initiativeId = :initiativeId order by e.occurredOn desc, e.id desc")
	List<EventImpact> findByInitiative(Long initiativeId);

	@Query("select i.initiativeId from EventImpact i where i.event.id = :eventId")
	List<Long> findInitiativeIdsOfEvent(Long eventId);
}
