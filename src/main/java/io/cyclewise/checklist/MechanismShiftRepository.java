package io.cyclewise.checklist;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MechanismShiftRepository extends JpaRepository<MechanismShift, Long> {

	List<MechanismShift> findByInitiativeIdOrderByShiftedAtAscIdAsc(Long initiativeId);

	boolean existsByInitiativeChangeId(Long initiativeChangeId);

	List<MechanismShift> findTop200ByOrderByShiftedAtDescIdDesc();
}
