package io.cyclewise.initiative;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InitiativeChangeRepository extends JpaRepository<InitiativeChange, Long> {

	List<InitiativeChange> findByInitiativeIdOrderByChangedAtDescIdDesc(Long initiativeId);
}
