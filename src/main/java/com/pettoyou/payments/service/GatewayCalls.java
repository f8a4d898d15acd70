package com.pettoyou.payments.service;

import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

import com.pettoyou.common.ApiException;
import com.pettoyou.common.ErrorCodes;
import com.pettoyou.common.LogKeys;
import com.pettoyou.payments.gateway.GatewayResult;
import com.pettoyou.payments.gateway.GatewayUnavailableException;

/** Calls the payment gateway and turns an unreachable gateway into 503. */
final class GatewayCalls {

	private static final Logger log = LoggerFactory.getLogger(GatewayCalls.class);

	private GatewayCalls() {
	}

	/**
	 * Runs one gateway call.
	 * @throws ApiException 503 {@code service_unavailable} when the gateway cannot be
	 * reached; the transaction then rolls back, so the client may retry with the same key
	 */
	static GatewayResult call(Supplier<GatewayResult> call, UUID paymentId) {
		try {
			return call.get();
		}
		catch (GatewayUnavailableException ex) {
			log.atWarn()
				.setCause(ex)
				.addKeyValue(LogKeys.PAYMENT_ID, paymentId)
				.log("Payment gateway call failed because the gateway is unavailable");
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, ErrorCodes.SERVICE_UNAVAILABLE,
					"The payment gateway is unavailable. Retry with the same Idempotency-Key.");
		}
	}

}
