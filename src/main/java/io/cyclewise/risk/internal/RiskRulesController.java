package io.cyclewise.risk.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.cyclewise.risk.Characteristic;
import io.cyclewise.risk.RiskThresholdService;
import io.cyclewise.risk.RiskThresholds;
import io.cyclewise.risk.Threshold;
import io.cyclewise.risk.rule.RiskRules;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "How flags are computed" for everybody; administrators change the thresholds (validated; flags follow in the background). */
@Controller
class RiskRulesController {

	private final RiskThresholdService thresholds;
	private final RiskRules rules;
	private final ThresholdValuesValidator validator;
	private final MessageSource messages;

	RiskRulesController(RiskThresholdService thresholds, RiskRules rules, ThresholdValuesValidator validator,
			MessageSource messages) {
		this.thresholds = thresholds;
		this.rules = rules;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping("/risk/rules")
	String rules(Model model) {
		model.addAttribute("rules", rules.all());
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

	/** The fields are named after the thresholds; every value is checked before any is saved. */
	@PostMapping("/admin/risk-thresholds")
	String saveThresholds(@RequestParam Map<String, String> form, Model model, Authentication authentication,
			RedirectAttributes redirect, Locale locale) {
		Map<String, String> typed = new LinkedHashMap<>();
		for (Threshold threshold : Threshold.values()) {
			typed.put(threshold.name(), form.getOrDefault(threshold.name(), "").trim());
		}
		MapBindingResult errors = new MapBindingResult(typed, "thresholds");
		validator.validate(typed, errors);
		if (errors.hasErrors()) {
			Map<String, String> problems = new LinkedHashMap<>();
			for (FieldError error : errors.getFieldErrors()) {
				problems.put(error.getField(), messages.getMessage(error, locale));
			}
			model.addAttribute("thresholds", Threshold.values());
			model.addAttribute("values", typed);
			model.addAttribute("problems", problems);
			return "risk/thresholds";
		}
		Map<Threshold, BigDecimal> values = new EnumMap<>(Threshold.class);
		typed.forEach((name, text) -> values.put(Threshold.valueOf(name), ThresholdValuesValidator.parse(text)));
		thresholds.update(values, authentication.getName());
		redirect.addFlashAttribute("message", messages.getMessage("risk.thresholds.saved", null, locale));
		return "redirect:/admin/risk-thresholds";
	}

	private static Map<String, String> textValues(RiskThresholds current) {
		Map<String, String> values = new LinkedHashMap<>();
		current.values().forEach((threshold, value) -> values.put(threshold.name(), value.stripTrailingZeros().toPlainString()));
		return values;
	}
}
