package io.cyclewise.risk.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskAcceptanceRepository extends JpaRepository<RiskAcceptance, Long> {

	List<RiskAcceptance> findByFlagIdInOrderByRecordedAtDesc(Collection<Long> flagIds);
}
