package com.pettoyou.audit.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code pettoyou.audit}.
 *
 * @param chainInterval pause between two scheduled chaining runs
 * @param chainBatchSize maximum events linked in one chaining transaction
 * @param verificationInterval pause between two scheduled verifications of the whole
 * chain
 * @param checkpointDirectory folder that receives the signed checkpoint files
 * @param checkpointInterval minimum time between two checkpoints written after scheduled
 * chaining runs
 * @param checkpointsVerified how many of the newest checkpoints each verification checks
 * @param checkpointSigningKey standard base64 of the 32-byte Ed25519 private key (seed)
 * that signs checkpoints; without it no checkpoints are written or checked
 */
@ConfigurationProperties("pettoyou.audit")
record AuditProperties(@DefaultValue("PT5S") Duration chainInterval, @DefaultValue("500") int chainBatchSize,
		@DefaultValue("PT1H") Duration verificationInterval,
		@DefaultValue(".pettoyou/checkpoints") Path checkpointDirectory,
		@DefaultValue("PT1M") Duration checkpointInterval, @DefaultValue("10") int checkpointsVerified,
		String checkpointSigningKey) {

	AuditProperties {
		if (chainBatchSize < 1) {
			throw new IllegalArgumentException(
					"pettoyou.audit.chain-batch-size must be at least 1, but it is " + chainBatchSize);
		}
		if (checkpointsVerified < 1) {
			throw new IllegalArgumentException(
					"pettoyou.audit.checkpoints-verified must be at least 1, but it is " + checkpointsVerified);
		}
	}

	@Override
	public String toString() {
		return "AuditProperties[chainInterval=" + chainInterval + ", chainBatchSize=" + chainBatchSize
				+ ", verificationInterval=" + verificationInterval + ", checkpointDirectory=" + checkpointDirectory
				+ ", checkpointInterval=" + checkpointInterval + ", checkpointsVerified=" + checkpointsVerified
				+ ", checkpointSigningKey=redacted]";
	}

}
