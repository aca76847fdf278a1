package io.cyclewise.dashboard.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders a Thymeleaf fragment to a string with the regular view machinery (links, request context, dialects),
 * so that its HTML can be cached: the response is wrapped so that nothing reaches the client.
 */
@Component
class HtmlFragment {

	private final ViewResolver thymeleafViewResolver;

	HtmlFragment(ViewResolver thymeleafViewResolver) {
		this.thymeleafViewResolver = thymeleafViewResolver;
	}

	String render(String viewName, Map<String, ?> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			View view = thymeleafViewResolver.resolveViewName(viewName, locale);
			if (view == null) {
				throw new IllegalStateException("No view " + viewName);
			}
			StringWriter html = new StringWriter();
			PrintWriter writer = new PrintWriter(html);
			view.render(model, request, new HttpServletResponseWrapper(response) {
				@Override
				public PrintWriter getWriter() {
					return writer;
				}

				@Override
				public void setContentType(String type) {
				}

				@Override
				public void setCharacterEncoding(String charset) {
				}

				@Override
				public void setLocale(Locale locale) {
				}
			});
			writer.flush();
			return html.toString();
		}
		catch (Exception failed) {
			throw new IllegalStateException("Rendering " + viewName + " failed", failed);
		}
	}
}
