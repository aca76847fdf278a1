package io.cyclewise.audit;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log for administrators (the URL space {@code /admin/**} is theirs): filter and page through it, newest
 * first. Read-only: there is no endpoint that changes or deletes an entry, and the database refuses it anyway.
 */
@Controller
class AuditController {

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/admin/audit")
	String audit(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult result, Model model) {
		List<String> problems = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			if (error.getField().equals("ordered")) {
				problems.add("Ignored the dates: " + error.getDefaultMessage());
				filter.reset("dates");
				continue;
			}
			problems.add("Ignored the filter “" + error.getField() + "”: " + (error.isBindingFailure()
					? "“" + error.getRejectedValue() + "” is not one of the offered choices." : error.getDefaultMessage()));
			filter.reset(error.getField());
		}
		for (ObjectError error : result.getGlobalErrors()) {
			problems.add("Ignored the dates: " + error.getDefaultMessage());
			filter.reset("dates");
		}
		AuditLog.Page page = log.search(filter);
		model.addAttribute("problems", problems);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("page", page);
		model.addAttribute("previousLink", page.number() > 0 ? link(filter, page.number() - 1) : null);
		model.addAttribute("nextLink", page.number() + 1 < page.pages() ? link(filter, page.number() + 1) : null);
		return "audit/log";
	}

	private static String link(AuditFilter filter, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/admin/audit");
		if (filter.getAction() != null) {
			builder.queryParam("action", filter.getAction().name());
		}
		if (filter.trimmedActor() != null) {
			builder.queryParam("actor", filter.trimmedActor());
		}
		if (filter.getFrom() != null) {
			builder.queryParam("from", filter.getFrom());
		}
		if (filter.getTo() != null) {
			builder.queryParam("to", filter.getTo());
		}
		return builder.queryParam("page", page).encode().toUriString();
	}
}
