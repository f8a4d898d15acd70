package com.pettoyou.insurance;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import com.pettoyou.documents.DocumentClient;
import com.pettoyou.documents.TestFiles;
import com.pettoyou.payments.PaymentsIntegrationTest;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;

import static com.pettoyou.insurance.ClaimFixtures.aClaim;
import static com.pettoyou.insurance.ClaimFixtures.submit;
import static com.pettoyou.insurance.ClaimFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims attach documents that the claimant uploaded, and adjusters download the
 * documents attached to claims.
 */
@PaymentsIntegrationTest
class ClaimDocumentsTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	ApiClient api;

	DocumentClient owner;

	String policyId;

	String receipt;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		owner = DocumentClient.aSignedInOwner(port);
		policyId = ClaimFixtures.anActivePolicy(owner.api(), ClaimFixtures.PREMIUM, ClaimFixtures.SETTLED_POLICY_DAYS);
		receipt = owner.uploadAccepted("receipt.png", TestFiles.png(40, 30));
	}

	@Test
	void ownDocumentsAreAttached() {
		ApiClient.Response response = submit(owner.api(),
				with(aClaim(clock, policyId, "GENERAL", 10_000), "documentIds", List.of(receipt)));

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		JsonNode claim = owner.api().get("/api/v1/claims/" + response.json().get("id").asString()).json();
		assertThat(claim.get("documentIds").valueStream().map(JsonNode::asString).toList()).containsExactly(receipt);
	}

	@Test
	void foreignOrUnknownDocumentsAreRejected() {
		DocumentClient other = DocumentClient.aSignedInOwner(port);
		String othersReceipt = other.uploadAccepted("other.png", TestFiles.png(40, 30));

		for (String document : List.of(othersReceipt, UUID.randomUUID().toString())) {
			ApiClient.Response response = submit(owner.api(),
					with(aClaim(clock, policyId, "GENERAL", 10_000), "documentIds", List.of(document)));

			assertThat(response.status()).as(response.toString()).isEqualTo(400);
			assertThat(response.json().get("errors").get(0).get("code").asString()).isEqualTo("unknown_document");
		}
		ApiClient.Response repeated = submit(owner.api(),
				with(aClaim(clock, policyId, "GENERAL", 10_000), "documentIds", List.of(receipt, receipt)));
		assertThat(repeated.status()).as(repeated.toString()).isEqualTo(400);
		assertThat(ClaimFixtures.storedClaims(owner.api())).isZero();
	}

	@Test
	void adjusterDownloadsAttachedDocument() {
		ClaimFixtures.aSubmittedClaim(owner.api(),
				with(aClaim(clock, policyId, "GENERAL", 10_000), "documentIds", List.of(receipt)));
		ApiClient adjuster = ClaimFixtures.anAdjuster(context, api);

		ApiClient.Response undeclared = adjuster.get("/api/v1/documents/" + receipt);
		ApiClient.Response download = ClaimFixtures.reviewing(adjuster).get("/api/v1/documents/" + receipt);

		assertThat(undeclared.status()).as(undeclared.toString()).isEqualTo(400);
		assertThat(download.status()).as(download.toString()).isEqualTo(200);
		assertThat(download.header("Content-Disposition")).startsWith("attachment");
		List<Database.AuditRow> audit = Database.auditByActionAndResource("DOCUMENT_DOWNLOADED", receipt);
		assertThat(audit).hasSize(1);
		assertThat(audit.get(0).actorRole()).isEqualTo("CLAIMS_ADJUSTER");
		assertThat(audit.get(0).details()).contains("CLAIM_REVIEW");
	}

	@Test
	void unattachedDocumentStaysPrivate() {
		ApiClient adjuster = ClaimFixtures.anAdjuster(context, api);

		ApiClient.Response download = adjuster.get("/api/v1/documents/" + receipt);

		assertThat(download.status()).as(download.toString()).isEqualTo(403);
	}

	@Test
	void onlyAdjustersDownloadAttachedDocuments() {
		ClaimFixtures.aSubmittedClaim(owner.api(),
				with(aClaim(clock, policyId, "GENERAL", 10_000), "documentIds", List.of(receipt)));
		ApiClient otherOwner = ClaimFixtures.anOwner(api).client();
		ApiClient operator = InsuranceFixtures.aFinanceOperator(context, api);

		assertThat(otherOwner.get("/api/v1/documents/" + receipt).status()).isEqualTo(403);
		assertThat(operator.get("/api/v1/documents/" + receipt).status()).isEqualTo(403);
		assertThat(owner.download(receipt).statusCode()).isEqualTo(200);
	}

	@Test
	void submissionAuditCountsDocuments() {
		String claimId = ClaimFixtures.aSubmittedClaim(owner.api(),
				with(aClaim(clock, policyId, "GENERAL", 10_000), "documentIds", List.of(receipt)));

		List<Database.AuditRow> audit = Database.auditByActionAndResource("CLAIM_SUBMITTED", claimId);

		assertThat(audit.get(0).details()).contains("\"documents\": \"1\"");
	}

}
