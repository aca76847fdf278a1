package io.cyclewise.signal.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRepository extends JpaRepository<Review, Long> {

	boolean existsBySubmissionId(UUID submissionId);

	List<Review> findTop200ByInitiativeIdOrderByReviewedOnDescIdDesc(Long initiativeId);
}
