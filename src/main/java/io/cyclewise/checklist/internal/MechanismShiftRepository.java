package io.cyclewise.checklist.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MechanismShiftRepository extends JpaRepository<MechanismShift, Long> {

	List<MechanismShift> findByInitiativeIdOrderByRecordedAtAscIdAsc(Long initiativeId);

	boolean existsByInitiativeChangeId(Long initiativeChangeId);

	List<MechanismShift> findTop200ByOrderByRecordedAtDescIdDesc();
}
