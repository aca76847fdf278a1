package io.cyclewise.shared;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The studies behind every concept the portal shows, by the short names the pages cite. */
@Controller
class SourcesController {

	@GetMapping("/sources")
	String sources(Model model) {
		model.addAttribute("studies", java.util.Arrays.stream(Study.values()).filter(study -> !study.isLegalSource()).toList());
		model.addAttribute("legalSources", java.util.Arrays.stream(Study.values()).filter(Study::isLegalSource).toList());
		return "sources";
	}
}
