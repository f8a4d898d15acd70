package com.pettoyou.payments.webhook;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payment gateway's webhook. It is public, because the signature over the raw body
 * authenticates the gateway. The body is read as bytes, so the signature is checked over
 * exactly what was sent.
 */
@RestController
class WebhookController {

	static final String PATH = "/api/v1/payments/webhook";

	private final WebhookReceiver receiver;

	WebhookController(WebhookReceiver receiver) {
		this.receiver = receiver;
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void receive(@RequestHeader(name = WebhookSignatureVerifier.HEADER, required = false) String signature,
			@RequestBody byte[] body) {
		receiver.receive(signature, body);
	}

}
