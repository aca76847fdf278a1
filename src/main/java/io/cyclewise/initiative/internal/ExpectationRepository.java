package io.cyclewise.initiative.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpectationRepository extends JpaRepository<Expectation, Long> {

	List<Expectation> findByInitiativeIdOrderByDueDateAscIdAsc(Long initiativeId);

	List<Expectation> findByInitiativeIdAndWithdrawnAtIsNullOrderByDueDateAsc(Long initiativeId);

	Optional<Expectation> findByIdAndInitiativeId(Long id, Long initiativeId);
}
