package com.pettoyou.insurance.claims;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.pettoyou.common.LogKeys;
import com.pettoyou.common.RequestMetadata;
import com.pettoyou.common.SecurityEvent;
import com.pettoyou.crypto.AssociatedData;
import com.pettoyou.crypto.DecryptionFailedException;
import com.pettoyou.crypto.EncryptedValue;
import com.pettoyou.crypto.FieldEncryptor;

/**
 * Encrypts and decrypts a claim's diagnosis and cost breakdown, each bound to the claim's
 * table, its column and the claim id. The breakdown is stored as one JSON array, because
 * its item names can reveal the treatment. A value that fails to decrypt raises a
 * critical security event before the failure propagates, so the client sees only a
 * generic 500.
 */
@Component
class ClaimCipher {

	static final String DECRYPTION_EVENT = "DECRYPTION_FAILED";

	private static final String DIAGNOSIS = "diagnosis";

	private static final String COST_BREAKDOWN = "cost_breakdown";

	private static final TypeReference<List<CostLine>> LINES = new TypeReference<>() {
	};

	private static final Logger log = LoggerFactory.getLogger(ClaimCipher.class);

	private final FieldEncryptor encryptor;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClaimCipher(FieldEncryptor encryptor, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
		this.encryptor = encryptor;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	EncryptedValue encryptDiagnosis(String diagnosis, UUID claimId) {
		return encryptor.encrypt(diagnosis, binding(DIAGNOSIS, claimId));
	}

	EncryptedValue encryptBreakdown(List<CostLine> lines, UUID claimId) {
		return encryptor.encrypt(json.writeValueAsString(lines), binding(COST_BREAKDOWN, claimId));
	}

	String decryptDiagnosis(EncryptedValue value, UUID claimId) {
		return decrypt(value, DIAGNOSIS, claimId);
	}

	List<CostLine> decryptBreakdown(EncryptedValue value, UUID claimId) {
		return json.readValue(decrypt(value, COST_BREAKDOWN, claimId), LINES);
	}

	private String decrypt(EncryptedValue value, String column, UUID claimId) {
		try {
			return encryptor.decrypt(value, binding(column, claimId));
		}
		catch (DecryptionFailedException ex) {
			Map<String, String> details = Map.of("table", ClaimRepository.TABLE, "column", column, "rowId",
					claimId.toString(), "keyId", Long.toString(value.keyId()));
			events.publishEvent(new SecurityEvent(DECRYPTION_EVENT, SecurityEvent.Severity.CRITICAL, null,
					RequestMetadata.current().clientAddress(), clock.instant(), details));
			log.atError().addKeyValue(LogKeys.CLAIM_ID, claimId).log("A stored claim did not decrypt");
			throw ex;
		}
	}

	private static AssociatedData binding(String column, UUID claimId) {
		return new AssociatedData(ClaimRepository.TABLE, column, claimId);
	}

}
