package io.cyclewise.risk.internal;

import io.cyclewise.risk.RecomputationStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The live progress of the background recomputation, polled by htmx while it runs; a full page without htmx. */
@Controller
class RecomputationController {

	private final RecomputationStatus status;

	RecomputationController(RecomputationStatus status) {
		this.status = status;
	}

	@GetMapping(value = "/risk/recomputation", headers = "HX-Request")
	String progressFragment(Model model) {
		model.addAttribute("recomputation", status.progress());
		return "risk/recomputation :: progress";
	}

	@GetMapping("/risk/recomputation")
	String progressPage(Model model) {
		model.addAttribute("recomputation", status.progress());
		return "risk/recomputation";
	}
}
