package io.cyclewise.risk;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "How flags are computed" for everybody; administrators change the thresholds (validated; flags follow in the background). */
@Controller
class RiskRulesController {

	private final RiskThresholdService thresholds;

	RiskRulesController(RiskThresholdService thresholds) {
		this.thresholds = thresholds;
	}

	@GetMapping("/risk/rules")
	String rules(Model model) {
		model.addAttribute("rules", RiskRuleKind.values());
		model.addAttribute("characteristics", Characteristic.values());
		model.addAttribute("thresholds", Threshold.values());
		model.addAttribute("values", textValues(thresholds.current()));
		return "risk/rules";
	}

	@GetMapping("/admin/risk-thresholds")
	String editThresholds(Model model) {
		model.addAttribute("thresholds", Threshold.values());
		if (!model.containsAttribute("values")) {
			model.addAttribute("values", textValues(thresholds.current()));
		}
		model.addAttribute("problems", Map.of());
		return "risk/thresholds";
	}

	@PostMapping("/admin/risk-thresholds")
	String saveThresholds(@RequestParam Map<String, String> form, Model model, Authentication authentication,
			RedirectAttributes redirect) {
		Map<String, String> typed = new LinkedHashMap<>();
		Map<Threshold, BigDecimal> values = new EnumMap<>(Threshold.class);
		Map<String, String> problems = new LinkedHashMap<>();
		for (Threshold threshold : Threshold.values()) {
			String text = form.getOrDefault(threshold.name(), "").trim();
			typed.put(threshold.name(), text);
			try {
				BigDecimal value = new BigDecimal(text);
				values.put(threshold, value);
				String problem = threshold.problemWith(value);
				if (problem != null) {
					problems.put(threshold.name(), problem);
				}
			}
			catch (NumberFormatException notANumber) {
				problems.put(threshold.name(), "Enter a number, e.g. " + threshold.defaultValue().toPlainString() + ".");
			}
		}
		if (problems.isEmpty()) {
			thresholds.update(values, authentication.getName()).forEach((threshold, problem) -> problems.put(threshold.name(), problem));
		}
		if (!problems.isEmpty()) {
			model.addAttribute("thresholds", Threshold.values());
			model.addAttribute("values", typed);
			model.addAttribute("problems", problems);
			return "risk/thresholds";
		}
		redirect.addFlashAttribute("message",
				"Thresholds saved. Every initiative's flags are being recomputed in the background; the progress is shown below.");
		return "redirect:/admin/risk-thresholds";
	}

	private static Map<String, String> textValues(RiskThresholds current) {
		Map<String, String> values = new LinkedHashMap<>();
		current.values().forEach((threshold, value) -> values.put(threshold.name(), value.stripTrailingZeros().toPlainString()));
		return values;
	}
}
