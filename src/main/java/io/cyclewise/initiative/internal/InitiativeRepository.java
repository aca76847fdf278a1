package io.cyclewise.initiative.internal;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Reads fetch what the pages show in the same query (open-in-view is off, so nothing loads lazily in a view). */
public interface InitiativeRepository extends JpaRepository<Initiative, Long>, JpaSpecificationExecutor<Initiative> {

	/** Written out so that PostgreSQL uses the unique index on lower(name) (a derived query would compare upper()). */
	@org.springframework.data.jpa.repository.Query("select i from Initiative i where lower(i.name) = lower(:name)")
	Optional<Initiative> findByNameIgnoreCase(@org.springframework.data.repository.query.Param("name") String name);

	@org.springframework.data.jpa.repository.Query("select i.id from Initiative i order by i.id")
	java.util.List<Long> findAllIds();

	@Override
	@EntityGraph(attributePaths = { "businessUnit", "lead", "userContexts" })
	Optional<Initiative> findById(Long id);

	/** Each existing initiative with each of its user contexts (null for one without any): one row per pair. */
	@org.springframework.data.jpa.repository.Query("select i.id, c from Initiative i left join i.userContexts c where i.id in :ids")
	java.util.List<Object[]> findUserContexts(java.util.Collection<Long> ids);

	@Override
	@EntityGraph(attributePaths = { "businessUnit", "lead" })
	Page<Initiative> findAll(Specification<Initiative> specification, Pageable pageable);
}
