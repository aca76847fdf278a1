package io.cyclewise.signal.event;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContextEventRepository extends JpaRepository<ContextEvent, Long> {

	boolean existsBySubmissionId(UUID submissionId);

	Optional<ContextEvent> findBySubmissionId(UUID submissionId);

	@EntityGraph(attributePaths = { "businessUnitIds", "userContexts" })
	Optional<ContextEvent> findWithScopeById(Long id);
}
