package io.cyclewise.signal.review;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewCadenceRepository extends JpaRepository<ReviewCadence, Long> {
}
