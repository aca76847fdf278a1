package io.cyclewise.finding;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FindingChangeRepository extends JpaRepository<FindingChange, Long> {

	List<FindingChange> findByFindingIdOrderByChangedAtDescIdDesc(Long findingId);
}
