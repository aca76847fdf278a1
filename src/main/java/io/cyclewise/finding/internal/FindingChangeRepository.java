package io.cyclewise.finding.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FindingChangeRepository extends JpaRepository<FindingChange, Long> {

	List<FindingChange> findByFindingIdOrderByRecordedAtDescIdDesc(Long findingId);
}
