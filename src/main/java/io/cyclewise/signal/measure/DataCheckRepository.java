package io.cyclewise.signal.measure;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DataCheckRepository extends JpaRepository<DataCheck, Long> {

	boolean existsBySubmissionId(UUID submissionId);

	List<DataCheck> findTop200ByInitiativeIdOrderByCheckedOnDescIdDesc(Long initiativeId);
}
