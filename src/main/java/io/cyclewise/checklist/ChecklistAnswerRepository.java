package io.cyclewise.checklist;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistAnswerRepository extends JpaRepository<ChecklistAnswer, Long> {

	List<ChecklistAnswer> findByInitiativeId(Long initiativeId);

	List<ChecklistAnswer> findByInitiativeIdAndKind(Long initiativeId, ChecklistKind kind);

	Optional<ChecklistAnswer> findByInitiativeIdAndKindAndItemKey(Long initiativeId, ChecklistKind kind, String itemKey);

	Optional<ChecklistAnswer> findByIdAndInitiativeId(Long id, Long initiativeId);
}
