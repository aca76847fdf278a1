package io.cyclewise.gate;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface GateRequestRepository extends JpaRepository<GateRequest, Long> {

	Optional<GateRequest> findByInitiativeIdAndKindAndStatus(Long initiativeId, GateKind kind, GateStatus status);

	List<GateRequest> findByStatusOrderByRequestedAtAscIdAsc(GateStatus status);

	List<GateRequest> findByStatusNotOrderByDecidedAtDescIdDesc(GateStatus status, Pageable pageable);

	List<GateRequest> findByInitiativeIdOrderByRequestedAtDescIdDesc(Long initiativeId);

	long countByStatus(GateStatus status);
}
