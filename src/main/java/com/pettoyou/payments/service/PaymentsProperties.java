package com.pettoyou.payments.service;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code pettoyou.payments}.
 *
 * @param webhookSecret the base64 key, at least 32 bytes, that the gateway signs webhook
 * events with; without it every webhook event is rejected
 * @param webhookTolerance how far the signature time {@code t} may lie from the server
 * clock, in either direction
 * @param highValueAmount the amount in won from which a payment or refund raises a
 * critical security event
 */
@ConfigurationProperties("pettoyou.payments")
public record PaymentsProperties(String webhookSecret, @DefaultValue("5m") Duration webhookTolerance,
		@DefaultValue("5000000") long highValueAmount) {

	@Override
	public String toString() {
		return "PaymentsProperties[webhookSecret=" + ((webhookSecret != null) ? "[redacted]" : null)
				+ ", webhookTolerance=" + webhookTolerance + ", highValueAmount=" + highValueAmount + "]";
	}

}
