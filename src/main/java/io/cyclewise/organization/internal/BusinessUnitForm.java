package io.cyclewise.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class BusinessUnitForm {

	@NotBlank(message = "{organization.businessUnit.name.required}")
	@Size(max = 120, message = "{organization.businessUnit.name.size}")
	private String name;

	@Size(max = 1000, message = "{organization.businessUnit.description.size}")
	private String description;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}
}
