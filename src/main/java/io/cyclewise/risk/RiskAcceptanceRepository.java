package io.cyclewise.risk;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskAcceptanceRepository extends JpaRepository<RiskAcceptance, Long> {

	List<RiskAcceptance> findByFlagIdInOrderByAcceptedAtDesc(Collection<Long> flagIds);
}
