package io.cyclewise.organization.entity;

import io.cyclewise.organization.BusinessUnitSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A part of the organization that owns initiatives; the unit of organization-level maturity (the implementing-and-scaling AI study). */
@Entity
@Table(name = "business_unit")
public class BusinessUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 120)
	private String name;

	@Column(length = 1000)
	private String description;

	protected BusinessUnit() {
	}

	public BusinessUnit(String name, String description) {
		this.name = name;
		this.description = description;
	}

	public BusinessUnitSummary summary() {
		return new BusinessUnitSummary(id, name, description);
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}
}
