package io.cyclewise.checklist.internal;

import java.util.List;
import java.util.Optional;

import io.cyclewise.checklist.ChecklistKind;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistTemplateRepository extends JpaRepository<ChecklistTemplate, Long> {

	List<ChecklistTemplate> findByCurrentTrueOrderByKindAsc();

	Optional<ChecklistTemplate> findByKindAndCurrentTrue(ChecklistKind kind);

	List<ChecklistTemplate> findByKindOrderByVersionDesc(ChecklistKind kind);
}
