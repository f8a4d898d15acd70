package com.pettoyou.common.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OutgoingMailTest {

	@Test
	void toStringRedactsRecipientAndBody() {
		OutgoingMail mail = new OutgoingMail("owner@example.com", "Verify your email", "token=s3cr3t-t0ken");
		String text = mail.toString();
		assertThat(text).doesNotContain("owner");
		assertThat(text).doesNotContain("example.com");
		assertThat(text).doesNotContain("s3cr3t-t0ken");
		assertThat(text).contains("Verify your email");
	}

	@Test
	void invalidRecipientRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail("not an address", "Hi", "Body"))
			.withMessageNotContaining("not an address");
	}

	@Test
	void severalRecipientsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingMail("a@example.com, b@example.com", "Hi", "Body"));
	}

	@Test
	void displayNameRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingMail("Jane <jane@example.com>", "Hi", "Body"));
	}

	@Test
	void lineBreakInSubjectRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingMail("jane@example.com", "Hi\r\nBcc: x@example.com", "Body"));
	}

}
