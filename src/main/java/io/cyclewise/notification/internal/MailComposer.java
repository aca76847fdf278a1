package io.cyclewise.notification.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import io.cyclewise.notification.Notifications;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Builds notification e-mails from Thymeleaf templates: {@code templates/mail/*.html} through the application's
 * template engine, and the plain-text part from {@code templates/mail/*.txt} through a small text-mode engine of
 * its own (a second resolver in the application's engine would also answer page lookups). Every mail is written in
 * its recipient's language (the caller passes {@code UserDirectory.localeOf}); texts come from the notification
 * bundle.
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
	private final MessageSource messages;

	MailComposer(ITemplateEngine htmlTemplates, MessageSource messages, @Value("${cyclewise.base-url:http://localhost:8080}") String baseUrl,
			@Value("${cyclewise.notifications.mail.from:cyclewise@localhost}") String from) {
		this.htmlTemplates = htmlTemplates;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.from = from;
		this.messages = messages;
		textTemplates.setTemplateEngineMessageSource(messages);
		ClassLoaderTemplateResolver text = new ClassLoaderTemplateResolver();
		text.setPrefix("templates/");
		text.setSuffix(".txt");
		text.setTemplateMode(TemplateMode.TEXT);
		text.setCharacterEncoding("UTF-8");
		textTemplates.setTemplateResolver(text);
	}

	/** {@code kind} as stored: a kind this version does not know (stored by a newer one) still shows, unnamed. */
	Entry entry(String kind, String title, String text, String link, Locale locale) {
		String kindLabel = Notifications.kindOf(kind)
			.map(known -> messages.getMessage(known.labelCode(), null, locale))
			.orElseGet(() -> messages.getMessage("notification.kind.unknown", null, locale));
		return new Entry(kindLabel, title, text, baseUrl + link);
	}

	/** One notification, sent as soon as it is created. */
	void single(MimeMessage message, String to, Locale locale, Entry entry) {
		fill(message, to, messages.getMessage("notification.mail.subject", new Object[] { entry.title() }, locale),
				"mail/notification", Map.of("entry", entry), locale);
	}

	/** Several notifications in one mail ({@code state}: DAILY_DIGEST or WEEKLY_DIGEST). */
	void digest(MimeMessage message, String to, Locale locale, String state, List<Entry> entries) {
		Object[] count = { entries.size() };
		fill(message, to, messages.getMessage("notification.mail.digest.subject." + state, count, locale), "mail/digest",
				Map.of("entries", entries, "title", messages.getMessage("notification.mail.digest.title." + state, null, locale),
						"heading", messages.getMessage("notification.mail.digest.heading." + state, count, locale)),
				locale);
	}

	/** A mail's two parts, rendered once and stored (the executive digest is built once for every recipient). */
	record Rendered(String text, String html) {
	}

	Rendered render(String template, Map<String, Object> variables, Locale locale) {
		Context context = context(variables, locale);
		return new Rendered(textTemplates.process(template, context), htmlTemplates.process(template, context));
	}

	/** A mail rendered before, e.g. a stored executive digest; {@code html} is a body fragment. */
	void prebuilt(MimeMessage message, String to, Locale locale, String subject, Rendered body) {
		String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
				+ HtmlUtils.htmlEscape(subject) + "</title></head>"
				+ "<body style=\"font-family: sans-serif; line-height: 1.4;\">" + body.html()
				+ "<hr><p style=\"color: #555; font-size: 0.9em;\"><a href=\"" + baseUrl + "/notifications\">"
				+ HtmlUtils.htmlEscape(messages.getMessage("notification.mail.inbox", null, locale)) + "</a>"
				+ " · <a href=\"" + baseUrl + "/settings/notifications\">"
				+ HtmlUtils.htmlEscape(messages.getMessage("notification.mail.settings", null, locale)) + "</a></p></body></html>";
		send(message, to, subject, new Rendered(body.text(), html));
	}

	private Context context(Map<String, Object> variables, Locale locale) {
		Context context = new Context(locale);
		context.setVariables(variables);
		context.setVariable("inboxUrl", baseUrl + "/notifications");
		context.setVariable("settingsUrl", baseUrl + "/settings/notifications");
		return context;
	}

	private void fill(MimeMessage message, String to, String subject, String template, Map<String, Object> variables,
			Locale locale) {
		send(message, to, subject, render(template, variables, locale));
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
