package io.cyclewise.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.cyclewise.organization.entity.BusinessUnit;
import io.cyclewise.organization.internal.BusinessUnitRepository;
import io.cyclewise.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organization's business units for other modules: look-ups that return read-only summaries. */
@Service
@Transactional(readOnly = true)
public class BusinessUnits {

	private final BusinessUnitRepository businessUnits;

	BusinessUnits(BusinessUnitRepository businessUnits) {
		this.businessUnits = businessUnits;
	}

	/** Every business unit, by name (for choices and filters). */
	public List<BusinessUnitSummary> all() {
		return businessUnits.findAllByOrderByNameAsc().stream().map(BusinessUnit::summary).toList();
	}

	public Optional<BusinessUnitSummary> find(long id) {
		return businessUnits.findById(id).map(BusinessUnit::summary);
	}

	/** @throws NotFoundException if there is no such unit */
	public BusinessUnitSummary require(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("organization.businessUnit.notFound", id));
	}

	public boolean exists(long id) {
		return businessUnits.existsById(id);
	}

	/** The units with these ids that exist; unknown ids are left out. */
	public List<BusinessUnitSummary> findAll(Collection<Long> ids) {
		return businessUnits.findAllById(ids).stream().map(BusinessUnit::summary).toList();
	}

	public Optional<BusinessUnitSummary> findByName(String name) {
		return businessUnits.findByNameIgnoreCase(name).map(BusinessUnit::summary);
	}

	/** Adds a unit (the demo portfolio; administrators use the admin page, which checks the name). */
	@Transactional
	public BusinessUnitSummary add(String name, String description) {
		return businessUnits.save(new BusinessUnit(name, description)).summary();
	}
}
