package io.cyclewise.checklist;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a person sends to answer one item. Checked by {@link #validate} rather than bean validation, because the
 * rules depend on the checklist (a necessary condition is never "not applicable") and the errors are shown inline
 * in the item's own row.
 */
public class ChecklistAnswerForm {

	static final int MAX_REASON = 500;
	static final int MAX_NOTE = 2000;
	static final int MAX_LINKS = 10;
	static final int MAX_LINK = 500;

	private AnswerStatus status;
	private String notApplicableReason;
	private String note;
	private String links;

	/** The answer version the person saw; -1 when the item had no answer yet. */
	private Long seenVersion;

	static ChecklistAnswerForm of(ChecklistAnswer answer) {
		ChecklistAnswerForm form = new ChecklistAnswerForm();
		form.seenVersion = -1L;
		if (answer != null) {
			form.status = answer.getStatus();
			form.notApplicableReason = answer.getNotApplicableReason();
			form.note = answer.getNote();
			form.links = answer.getLinks();
			form.seenVersion = answer.getVersion();
		}
		return form;
	}

	/**
	 * @return messages by field ({@code status}, {@code notApplicableReason}, {@code note}, {@code links},
	 * {@code form}); empty when the input is acceptable
	 */
	Map<String, String> validate(ChecklistKind kind) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (seenVersion == null) {
			errors.put("form", "The form is incomplete; reload the page and try again.");
		}
		if (status == null) {
			errors.putIfAbsent("status", "Choose met, partly met, not met" + (kind.isNotApplicableAllowed() ? " or not applicable." : "."));
		}
		else if (status == AnswerStatus.NOT_APPLICABLE && !kind.isNotApplicableAllowed()) {
			errors.put("status", "A necessary condition is never “not applicable” (the JSIS 2022 value-creation study: missing any one means the "
					+ "mechanism cannot deliver). Mark it met, partly met or not met.");
		}
		else if (status == AnswerStatus.NOT_APPLICABLE && blank(notApplicableReason)) {
			errors.put("notApplicableReason", "Give the reason why this check does not apply.");
		}
		if (notApplicableReason != null && notApplicableReason.length() > MAX_REASON) {
			errors.put("notApplicableReason", "The reason has at most 500 characters.");
		}
		if (note != null && note.length() > MAX_NOTE) {
			errors.put("note", "The evidence note has at most 2,000 characters.");
		}
		String linkError = linkError();
		if (linkError != null) {
			errors.put("links", linkError);
		}
		return errors;
	}

	private String linkError() {
		if (links == null) {
			return null;
		}
		if (links.length() > MAX_LINKS * (MAX_LINK + 1)) {
			return "Give at most 10 links of at most 500 characters each.";
		}
		List<String> list = linkList();
		if (list.size() > MAX_LINKS) {
			return "Give at most 10 links.";
		}
		for (String link : list) {
			if (link.length() > MAX_LINK) {
				return "A link has at most 500 characters.";
			}
			if (!isWebAddress(link)) {
				return "Only web addresses starting with http:// or https:// are allowed as evidence; “"
						+ abbreviate(link) + "” is not one.";
			}
		}
		return null;
	}

	/** An absolute http(s) address with a host; anything else (javascript:, data:, relative paths) is refused. */
	static boolean isWebAddress(String link) {
		try {
			URI uri = new URI(link);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException malformed) {
			return false;
		}
	}

	private static String abbreviate(String text) {
		return text.length() <= 60 ? text : text.substring(0, 57) + "…";
	}

	List<String> linkList() {
		if (links == null) {
			return List.of();
		}
		return new ArrayList<>(Arrays.stream(links.split("\\s+")).map(String::trim).filter(link -> !link.isEmpty())
			.distinct().toList());
	}

	/** Call only after {@link #validate} found nothing. */
	AnswerInput toInput() {
		boolean notApplicable = status == AnswerStatus.NOT_APPLICABLE;
		return new AnswerInput(status, notApplicable ? notApplicableReason.trim() : null, blankToNull(note), linkList());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return blank(text) ? null : text.trim();
	}

	public AnswerStatus getStatus() {
		return status;
	}

	public void setStatus(AnswerStatus status) {
		this.status = status;
	}

	public String getNotApplicableReason() {
		return notApplicableReason;
	}

	public void setNotApplicableReason(String notApplicableReason) {
		this.notApplicableReason = notApplicableReason;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getLinks() {
		return links;
	}

	public void setLinks(String links) {
		this.links = links;
	}

	public Long getSeenVersion() {
		return seenVersion;
	}

	public void setSeenVersion(Long seenVersion) {
		this.seenVersion = seenVersion;
	}
}
