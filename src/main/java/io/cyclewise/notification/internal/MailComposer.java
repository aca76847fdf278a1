package io.cyclewise.notification.internal;

import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Builds notification e-mails from Thymeleaf templates: {@code templates/mail/*.html} through the application's
 * template engine, and the plain-text part from {@code templates/mail/*.txt} through a small text-mode engine of
 * its own (a second resolver in the application's engine would also answer page lookups).
 */
@Component
class MailComposer {

	/** One entry of a mail: what and where, the link absolute. */
	record Entry(String kindLabel, String title, String text, String url) {
	}

	private final ITemplateEngine htmlTemplates;
	private final SpringTemplateEngine textTemplates = new SpringTemplateEngine();
	private final String baseUrl;
	private final String from;

	MailComposer(ITemplateEngine htmlTemplates, @Value("${cyclewise.base-url:http://localhost:8080}") String baseUrl,
			@Value("${cyclewise.notifications.mail.from:cyclewise@localhost}") String from) {
		this.htmlTemplates = htmlTemplates;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.from = from;
		ClassLoaderTemplateResolver text = new ClassLoaderTemplateResolver();
		text.setPrefix("templates/");
		text.setSuffix(".txt");
		text.setTemplateMode(TemplateMode.TEXT);
		text.setCharacterEncoding("UTF-8");
		textTemplates.setTemplateResolver(text);
	}

	Entry entry(String kindLabel, String title, String text, String link) {
		return new Entry(kindLabel, title, text, baseUrl + link);
	}

	/** One notification, sent as soon as it is created. */
	void single(MimeMessage message, String to, Entry entry) {
		fill(message, to, "[Cyclewise] " + entry.title(), "mail/notification", Map.of("entry", entry));
	}

	/** Several notifications in one mail ({@code period}: "Daily" or "Weekly"). */
	void digest(MimeMessage message, String to, String period, List<Entry> entries) {
		fill(message, to, "[Cyclewise] " + period + " digest: " + entries.size()
				+ (entries.size() == 1 ? " notification" : " notifications"), "mail/digest",
				Map.of("entries", entries, "period", period));
	}

	/** A mail's two parts, rendered once and stored (the executive digest is built once for every recipient). */
	record Rendered(String text, String html) {
	}

	Rendered render(String template, Map<String, Object> variables) {
		Context context = context(variables);
		return new Rendered(textTemplates.process(template, context), htmlTemplates.process(template, context));
	}

	/** A mail rendered before, e.g. a stored executive digest; {@code html} is a body fragment. */
	void prebuilt(MimeMessage message, String to, String subject, Rendered body) {
		String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
				+ HtmlUtils.htmlEscape(subject) + "</title></head>"
				+ "<body style=\"font-family: sans-serif; line-height: 1.4;\">" + body.html()
				+ "<hr><p style=\"color: #555; font-size: 0.9em;\"><a href=\"" + baseUrl + "/notifications\">Your notifications</a>"
				+ " · <a href=\"" + baseUrl + "/settings/notifications\">Choose which e-mails you get</a></p></body></html>";
		send(message, to, subject, new Rendered(body.text(), html));
	}

	private Context context(Map<String, Object> variables) {
		Context context = new Context();
		context.setVariables(variables);
		context.setVariable("inboxUrl", baseUrl + "/notifications");
		context.setVariable("settingsUrl", baseUrl + "/settings/notifications");
		return context;
	}

	private void fill(MimeMessage message, String to, String subject, String template, Map<String, Object> variables) {
		send(message, to, subject, render(template, variables));
	}

	private void send(MimeMessage message, String to, String subject, Rendered body) {
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body.text(), body.html());
		}
		catch (MessagingException invalid) {
			throw new MailPreparationException("The e-mail could not be built: " + invalid.getMessage(), invalid);
		}
	}
}
