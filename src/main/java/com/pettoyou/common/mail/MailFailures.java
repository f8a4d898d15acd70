package com.pettoyou.common.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * Describes mail failures by exception type only, because the messages of Jakarta Mail
 * exceptions and SMTP replies often quote recipient addresses.
 */
final class MailFailures {

	private static final int MAX_CAUSES = 5;

	private MailFailures() {
	}

	/**
	 * Lists the class names of an exception and its causes, outermost first, for example
	 * {@code org.springframework.mail.MailSendException <- jakarta.mail.SendFailedException}.
	 * @param failure the exception
	 * @return the class names joined by {@code <-}, at most {@value #MAX_CAUSES}
	 */
	static String describe(Throwable failure) {
		List<String> names = new ArrayList<>();
		for (Throwable current = failure; current != null && names.size() < MAX_CAUSES; current = current.getCause()) {
			names.add(current.getClass().getName());
		}
		return String.join(" <- ", names);
	}

}
