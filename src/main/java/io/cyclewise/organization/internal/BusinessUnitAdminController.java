package io.cyclewise.organization.internal;

import io.cyclewise.organization.entity.BusinessUnit;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators maintain the list of business units that initiatives belong to. */
@Controller
@RequestMapping("/admin/business-units")
class BusinessUnitAdminController {

	private final BusinessUnitRepository businessUnits;

	BusinessUnitAdminController(BusinessUnitRepository businessUnits) {
		this.businessUnits = businessUnits;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("businessUnits", businessUnits.findAllByOrderByNameAsc());
		if (!model.containsAttribute("businessUnit")) {
			model.addAttribute("businessUnit", new BusinessUnitForm());
		}
		return "organization/business-units";
	}

	@PostMapping
	String add(@Valid @ModelAttribute("businessUnit") BusinessUnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("name") && businessUnits.existsByNameIgnoreCase(form.getName().trim())) {
			result.rejectValue("name", "taken", "A business unit with this name exists already.");
		}
		if (result.hasErrors()) {
			model.addAttribute("businessUnits", businessUnits.findAllByOrderByNameAsc());
			return "organization/business-units";
		}
		businessUnits.save(new BusinessUnit(form.getName().trim(), form.getDescription()));
		redirect.addFlashAttribute("message", "Business unit " + form.getName().trim() + " added.");
		return "redirect:/admin/business-units";
	}
}
