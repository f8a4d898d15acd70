package com.pettoyou.payments.idempotency;

/**
 * The response that the first request with a key received.
 *
 * @param status the HTTP status
 * @param body the JSON body
 */
public record StoredResponse(int status, String body) {

}
