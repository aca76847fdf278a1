package io.cyclewise.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** What the e-mail tests need around their in-process SMTP server (GreenMail). */
public final class MailMessages {

	private MailMessages() {
	}

	/** The text parts of a message by content type (text/plain, text/html), wherever they are nested. */
	public static Map<String, String> textParts(Part part) throws MessagingException, IOException {
		Map<String, String> parts = new HashMap<>();
		if (part.isMimeType("text/*")) {
			parts.put(part.getContentType().split(";")[0].trim().toLowerCase(), (String) part.getContent());
		}
		else if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int index = 0; index < multipart.getCount(); index++) {
				BodyPart child = multipart.getBodyPart(index);
				parts.putAll(textParts(child));
			}
		}
		return parts;
	}

	/** A port nobody listens on now, for a test's own SMTP server (so parallel builds never share one). */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException exception) {
			throw new IllegalStateException(exception);
		}
	}
}
