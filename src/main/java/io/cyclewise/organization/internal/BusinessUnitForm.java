package io.cyclewise.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class BusinessUnitForm {

	@NotBlank(message = "Enter the business unit's name.")
	@Size(max = 120, message = "A name has at most 120 characters.")
	private String name;

	@Size(max = 1000, message = "A description has at most 1,000 characters.")
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
