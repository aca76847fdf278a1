package io.cyclewise.checklist.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistAnswerChangeRepository extends JpaRepository<ChecklistAnswerChange, Long> {

	List<ChecklistAnswerChange> findByAnswerIdOrderByChangedAtDescIdDesc(Long answerId);
}
