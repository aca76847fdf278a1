package io.cyclewise.gate.internal;

import java.util.List;
import java.util.Optional;

import io.cyclewise.gate.GateKind;
import io.cyclewise.gate.GateStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface GateRequestRepository extends JpaRepository<GateRequest, Long> {

	Optional<GateRequest> findByInitiativeIdAndKindAndStatus(Long initiativeId, GateKind kind, GateStatus status);

	List<GateRequest> findByStatusOrderByRecordedAtAscIdAsc(GateStatus status);

	List<GateRequest> findByStatusNotOrderByDecidedAtDescIdDesc(GateStatus status, Pageable pageable);

	List<GateRequest> findByInitiativeIdOrderByRecordedAtDescIdDesc(Long initiativeId);

	long countByStatus(GateStatus status);
}
