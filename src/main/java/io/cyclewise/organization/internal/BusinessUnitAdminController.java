package io.cyclewise.organization.internal;

import io.cyclewise.organization.entity.BusinessUnit;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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
	private final MessageSource messages;

	BusinessUnitAdminController(BusinessUnitRepository businessUnits, MessageSource messages) {
		this.businessUnits = businessUnits;
		this.messages = messages;
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
			RedirectAttributes redirect, Locale locale) {
		if (!result.hasFieldErrors("name") && businessUnits.existsByNameIgnoreCase(form.getName().trim())) {
			result.rejectValue("name", "organization.businessUnit.name.taken");
		}
		if (result.hasErrors()) {
			model.addAttribute("businessUnits", businessUnits.findAllByOrderByNameAsc());
			return "organization/business-units";
		}
		businessUnits.save(new BusinessUnit(form.getName().trim(), form.getDescription()));
		redirect.addFlashAttribute("message",
				messages.getMessage("organization.businessUnits.added", new Object[] { form.getName().trim() }, locale));
		return "redirect:/admin/business-units";
	}
}
