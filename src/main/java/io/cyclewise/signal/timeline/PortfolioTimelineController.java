package io.cyclewise.signal.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.signal.ContextChangeType;
import io.cyclewise.signal.ContextEventService;
import io.cyclewise.signal.ReviewService;
import io.cyclewise.signal.SignalPermissions;
import io.cyclewise.signal.event.ContextEventQueries.PortfolioRow;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The executives' portfolio timeline of context changes, month by month, with how many initiatives still owe a response. */
@Controller
class PortfolioTimelineController {

	private final ContextEventService events;
	private final ReviewService reviews;
	private final BusinessUnits businessUnits;

	PortfolioTimelineController(ContextEventService events, ReviewService reviews, BusinessUnits businessUnits) {
		this.events = events;
		this.reviews = reviews;
		this.businessUnits = businessUnits;
	}

	@GetMapping("/timeline")
	String timeline(@RequestParam(required = false) String type, @RequestParam(required = false) String status,
			@RequestParam(required = false) String unit, Model model, Authentication authentication) {
		List<String> ignored = new ArrayList<>();
		ContextChangeType chosenType = parse(type, "type", ignored, ContextChangeType.class);
		Boolean open = switch (status == null ? "" : status) {
			case "" -> null;
			case "open" -> true;
			case "closed" -> false;
			default -> {
				ignored.add("Ignored the filter “status”: choose open or closed.");
				yield null;
			}
		};
		Long unitId = null;
		if (unit != null && !unit.isBlank()) {
			try {
				unitId = Long.valueOf(unit);
				if (!businessUnits.exists(unitId)) {
					ignored.add("Ignored the filter “business unit”: there is no such business unit.");
					unitId = null;
				}
			}
			catch (NumberFormatException notANumber) {
				ignored.add("Ignored the filter “business unit”: choose one from the list.");
			}
		}
		Map<String, List<PortfolioRow>> byMonth = new LinkedHashMap<>();
		for (PortfolioRow row : events.portfolio(chosenType, open, unitId)) {
			byMonth.computeIfAbsent(row.occurredOn().toString().substring(0, 7), month -> new ArrayList<>()).add(row);
		}
		CurrentUser user = CurrentUser.of(authentication);
		model.addAttribute("byMonth", byMonth);
		model.addAttribute("types", ContextChangeType.values());
		model.addAttribute("businessUnits", businessUnits.all());
		model.addAttribute("type", chosenType);
		model.addAttribute("status", open == null ? "" : open ? "open" : "closed");
		model.addAttribute("unit", unitId);
		model.addAttribute("ignored", ignored);
		model.addAttribute("canRecord", SignalPermissions.canRecordSomeEvent(user));
		model.addAttribute("overdueCount", reviews.overdue(user.has(Role.PROJECT_LEAD) ? user.username() : null).size());
		model.addAttribute("overdueMine", user.has(Role.PROJECT_LEAD));
		return "signal/portfolio-timeline";
	}

	private static <E extends Enum<E>> E parse(String value, String name, List<String> ignored, Class<E> type) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException unknown) {
			ignored.add("Ignored the filter “" + name + "”: the value is not one of the offered choices.");
			return null;
		}
	}
}
