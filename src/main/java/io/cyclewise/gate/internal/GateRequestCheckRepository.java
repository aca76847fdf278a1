package io.cyclewise.gate.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GateRequestCheckRepository extends JpaRepository<GateRequestCheck, Long> {

	List<GateRequestCheck> findByRequestIdOrderByPositionAsc(Long requestId);
}
