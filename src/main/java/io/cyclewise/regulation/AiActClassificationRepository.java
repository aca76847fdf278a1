package io.cyclewise.regulation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AiActClassificationRepository extends JpaRepository<AiActClassification, Long> {

	/** Newest first: the first one is current. */
	List<AiActClassification> findByInitiativeIdOrderByClassifiedAtDescIdDesc(long initiativeId);
}
