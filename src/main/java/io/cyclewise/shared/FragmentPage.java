package io.cyclewise.shared;

import org.springframework.ui.Model;

/**
 * Sections that htmx loads into a page ({@code "template :: fragment"} views) are also reachable by a plain link,
 * a bookmark or with JavaScript off. Without the {@code HX-Request} header such a request gets a whole page: the
 * same section inside the layout, with a title, the language and a link back to the page it belongs to.
 */
public final class FragmentPage {

	static final String VIEW = "fragments/page";

	private FragmentPage() {
	}

	/**
	 * @param htmx the request's {@code HX-Request} header, {@code null} for a normal page request
	 * @param fragmentView the fragment view, e.g. {@code "risk/flags :: flags"}
	 * @param title the page title (also its heading)
	 * @param back the path of the page the section belongs to, e.g. {@code "/initiatives/7"}
	 * @param backLabel what that page is, e.g. {@code "the initiative"}
	 */
	public static String unlessHtmx(String htmx, String fragmentView, Model model, String title, String back,
			String backLabel) {
		if (htmx != null) {
			return fragmentView;
		}
		int separator = fragmentView.indexOf("::");
		if (separator < 0) {
			throw new IllegalArgumentException("Not a fragment view: " + fragmentView);
		}
		model.addAttribute("fragmentTemplate", fragmentView.substring(0, separator).trim());
		model.addAttribute("fragmentSelector", fragmentView.substring(separator + 2).trim());
		model.addAttribute("pageTitle", title);
		model.addAttribute("backLink", back);
		model.addAttribute("backLabel", backLabel);
		return VIEW;
	}
}
