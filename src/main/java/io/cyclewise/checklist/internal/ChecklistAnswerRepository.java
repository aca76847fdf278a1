package io.cyclewise.checklist.internal;

import java.util.List;
import java.util.Optional;

import io.cyclewise.checklist.ChecklistKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChecklistAnswerRepository extends JpaRepository<ChecklistAnswer, Long> {

	List<ChecklistAnswer> findByInitiativeId(Long initiativeId);

	List<ChecklistAnswer> findByInitiativeIdAndKind(Long initiativeId, ChecklistKind kind);

	Optional<ChecklistAnswer> findByInitiativeIdAndKindAndItemKey(Long initiativeId, ChecklistKind kind, String itemKey);

	Optional<ChecklistAnswer> findByIdAndInitiativeId(Long id, Long initiativeId);
}
