package io.cyclewise.risk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface RiskFlagRepository extends JpaRepository<RiskFlag, Long>, JpaSpecificationExecutor<RiskFlag> {

	List<RiskFlag> findByInitiativeIdAndClearedAtIsNull(Long initiativeId);

	List<RiskFlag> findByInitiativeIdOrderByRaisedAtDesc(Long initiativeId);
}
