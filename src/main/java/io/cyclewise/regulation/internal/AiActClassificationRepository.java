package io.cyclewise.regulation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AiActClassificationRepository extends JpaRepository<AiActClassification, Long> {

	/** Newest first: the first one is current. */
	List<AiActClassification> findByInitiativeIdOrderByRecordedAtDescIdDesc(long initiativeId);
}
