package io.cyclewise.finding;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FindingRepository extends JpaRepository<Finding, Long> {

	List<Finding> findByInitiativeIdOrderByObservedOnDescIdDesc(Long initiativeId);
}
