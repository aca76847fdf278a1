package io.cyclewise.initiative.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InitiativeChangeRepository extends JpaRepository<InitiativeChange, Long> {

	List<InitiativeChange> findByInitiativeIdOrderByChangedAtDescIdDesc(Long initiativeId);
}
