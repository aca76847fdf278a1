package io.cyclewise.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.springframework.context.ApplicationContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.context.Context;

/**
 * One template, two outputs: the print-ready page is the template's HTML; the PDF is that same HTML, parsed by jsoup
 * into a W3C DOM (openhtmltopdf needs well-formed XML, which Thymeleaf's HTML output need not be) and laid out by
 * openhtmltopdf. Templates are processed without a web context (the worker has no request), so they use plain links.
 * DejaVu Sans is embedded (subset): the PDF standard fonts lack characters such as ≥ and →.
 */
@Component
class ReportRenderer {

	static final String FONT_FAMILY = "DejaVu Sans";

	/**
	 * openhtmltopdf logs through java.util.logging at INFO for every font it loads; its warnings still show. Held in a
	 * field: java.util.logging keeps loggers only weakly, and a collected logger would forget the level.
	 */
	private static final java.util.logging.Logger RENDERER_LOG = java.util.logging.Logger.getLogger("com.openhtmltopdf");

	static {
		RENDERER_LOG.setLevel(java.util.logging.Level.WARNING);
	}

	private final ITemplateEngine templates;
	private final ApplicationContext beans;

	ReportRenderer(ITemplateEngine templates, ApplicationContext beans) {
		this.templates = templates;
		this.beans = beans;
	}

	/** @param locale the reader's language */
	String html(String template, Map<String, Object> variables, Locale locale) {
		return templates.process(template, context(variables, locale));
	}

	/** One fragment of a template (e.g. the rows of a table), for documents assembled piece by piece. */
	String fragment(String template, String fragment, Map<String, Object> variables, Locale locale) {
		return templates.process(template, java.util.Set.of(fragment), context(variables, locale));
	}

	/** With the application's beans, so templates may use {@code @terms} as pages do. */
	private Context context(Map<String, Object> variables, Locale locale) {
		Context context = new Context(locale, variables);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(beans, null));
		return context;
	}

	void pdf(String html, OutputStream out) {
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	byte[] pdf(String html) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		pdf(html, out);
		return out.toByteArray();
	}

	private static InputStream font(String file) {
		return ReportRenderer.class.getResourceAsStream("/fonts/" + file);
	}
}
