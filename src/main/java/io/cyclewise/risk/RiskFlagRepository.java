package io.cyclewise.risk;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskFlagRepository extends JpaRepository<RiskFlag, Long> {

	List<RiskFlag> findByInitiativeIdAndClearedAtIsNull(Long initiativeId);

	List<RiskFlag> findByInitiativeIdOrderByRaisedAtDesc(Long initiativeId);
}
