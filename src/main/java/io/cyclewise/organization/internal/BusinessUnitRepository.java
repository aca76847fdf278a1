package io.cyclewise.organization.internal;

import io.cyclewise.organization.entity.BusinessUnit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BusinessUnitRepository extends JpaRepository<BusinessUnit, Long> {

	List<BusinessUnit> findAllByOrderByNameAsc();

	Optional<BusinessUnit> findByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCase(String name);
}
