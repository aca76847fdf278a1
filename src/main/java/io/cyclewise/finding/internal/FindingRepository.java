package io.cyclewise.finding.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FindingRepository extends JpaRepository<Finding, Long> {

	List<Finding> findByInitiativeIdOrderByObservedOnDescIdDesc(Long initiativeId);
}
