package io.cyclewise.audit.internal;

import io.cyclewise.audit.AuditAction;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cyclewise.shared.CsvCells;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
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
	private final Clock clock;
	private final MessageSource messages;

	AuditController(AuditLog log, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.log = log;
		this.clock = clock;
	}

	@GetMapping("/admin/audit")
	String audit(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult result, Model model, Locale locale) {
		List<String> problems = problems(filter, result, locale);
		AuditLog.Page page = log.search(filter);
		model.addAttribute("problems", problems);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("page", page);
		model.addAttribute("previousLink", page.number() > 0 ? link("/admin/audit", filter, page.number() - 1) : null);
		model.addAttribute("nextLink", page.number() + 1 < page.pages() ? link("/admin/audit", filter, page.number() + 1) : null);
		model.addAttribute("csvLink", link("/admin/audit.csv", filter, null));
		return "audit/log";
	}

	/** Every entry the filter selects (all pages; invalid filter values are left out, as on the page), as CSV. */
	@GetMapping("/admin/audit.csv")
	void csv(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult result, HttpServletResponse response,
			Locale locale)
			throws IOException {
		problems(filter, result, locale);
		CsvCells.download(response, "audit-log", LocalDate.now(clock));
		CSVPrinter printer = CsvCells.printer(response.getWriter(), "occurred_at", "actor", "action", "subject",
				"details", "remote_address");
		try {
			log.forEach(filter, entry -> {
				try {
					CsvCells.row(printer, entry.occurredAt(), entry.actor(), entry.action().name(), entry.subject(),
							entry.details(), entry.remoteAddress());
				}
				catch (IOException failed) {
					throw new UncheckedIOException(failed);
				}
			});
		}
		catch (UncheckedIOException failed) {
			throw failed.getCause();
		}
		printer.flush();
	}

	/** What was wrong with the filter, in the request's language; the wrong values are left out of the filter. */
	private List<String> problems(AuditFilter filter, BindingResult result, Locale locale) {
		List<String> problems = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			if (error.getField().equals("ordered")) {
				problems.add(messages.getMessage("audit.problem.dates", new Object[] { messages.getMessage(error, locale) },
						locale));
				filter.reset("dates");
				continue;
			}
			String why = error.isBindingFailure()
					? messages.getMessage("audit.problem.choice", new Object[] { String.valueOf(error.getRejectedValue()) },
							locale)
					: messages.getMessage(error, locale);
			problems.add(messages.getMessage("audit.problem.field", new Object[] { error.getField(), why }, locale));
			filter.reset(error.getField());
		}
		for (ObjectError error : result.getGlobalErrors()) {
			problems.add(messages.getMessage("audit.problem.dates", new Object[] { messages.getMessage(error, locale) },
					locale));
			filter.reset("dates");
		}
		return problems;
	}

	/** The same filter on another page, or (page null) for the CSV of all pages. */
	private static String link(String path, AuditFilter filter, Integer page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
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
		if (page != null) {
			builder.queryParam("page", page);
		}
		return builder.encode().toUriString();
	}
}
