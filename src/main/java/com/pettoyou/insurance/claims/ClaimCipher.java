package com.pettoyou.insurance.claims;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.pettoyou.crypto.AssociatedData;
import com.pettoyou.crypto.EncryptedValue;
import com.pettoyou.crypto.FieldEncryptor;

/**
 * Encrypts and decrypts a claim's diagnosis and cost breakdown, each bound to the claim's
 * table, its column and the claim id. The breakdown is stored as one JSON array, because
 * its item names can reveal the treatment. A value that fails to decrypt raises the field
 * encryptor's critical security event, so the client sees only a generic 500.
 */
@Component
class ClaimCipher {

	private static final String DIAGNOSIS = "diagnosis";

	private static final String COST_BREAKDOWN = "cost_breakdown";

	private static final TypeReference<List<CostLine>> LINES = new TypeReference<>() {
	};

	private final FieldEncryptor encryptor;

	private final JsonMapper json;

	ClaimCipher(FieldEncryptor encryptor, JsonMapper json) {
		this.encryptor = encryptor;
		this.json = json;
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
		return encryptor.decrypt(value, binding(column, claimId));
	}

	private static AssociatedData binding(String column, UUID claimId) {
		return new AssociatedData(ClaimRepository.TABLE, column, claimId);
	}

}
