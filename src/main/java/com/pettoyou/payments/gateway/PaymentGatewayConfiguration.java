package com.pettoyou.payments.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the payment gateway: the sandbox in local mode, which the prod profile refuses,
 * and otherwise a gateway that rejects every call.
 */
@Configuration(proxyBeanMethods = false)
class PaymentGatewayConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PaymentGatewayConfiguration.class);

	@Bean
	PaymentGateway paymentGateway(@Value("${pettoyou.dev.local-mode:false}") boolean localMode) {
		if (localMode) {
			log.warn("The sandbox payment gateway is on: payments are decided by their amount and no money moves");
			return new SandboxPaymentGateway();
		}
		// TODO: return the adapter of the production payment gateway here.
		log.warn("No payment gateway adapter is configured; payments and refunds get 503");
		return new UnconfiguredPaymentGateway();
	}

}
