package com.pettoyou.documents;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import com.pettoyou.PetToYouApplication;
import com.pettoyou.common.AdjustableClock;
import com.pettoyou.local.TestServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one Redis, one PostgreSQL and one document folder
 * share each account's upload bucket and the stored documents.
 */
@DocumentsIntegrationTest
class UploadLimitAcrossInstancesTest {

	static ConfigurableApplicationContext secondInstance;

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@BeforeAll
	static void startSecondInstance() {
		secondInstance = new SpringApplicationBuilder(PetToYouApplication.class).profiles("local", "test")
			.initializers(new TestServices())
			.run("--server.port=0", "--" + DocumentsIntegrationTest.UPLOAD_CAPACITY,
					"--" + DocumentsIntegrationTest.UPLOAD_PERIOD);
	}

	@AfterAll
	static void stopSecondInstance() {
		if (secondInstance != null) {
			secondInstance.close();
		}
	}

	/**
	 * Moves the second instance's clock to this context's, which other tests may have
	 * moved.
	 */
	@BeforeEach
	void alignClocks() {
		AdjustableClock second = secondInstance.getBean(AdjustableClock.class);
		Duration behind = ((AdjustableClock) clock).offset().minus(second.offset());
		if (behind.isPositive()) {
			second.advance(behind);
		}
	}

	@Test
	void instancesShareOneBucket() {
		DocumentClient first = DocumentClient.aSignedInOwner(port);
		DocumentClient second = first.onPort(secondPort());

		for (int i = 1; i <= DocumentsIntegrationTest.UPLOAD_LIMIT; i++) {
			DocumentClient client = (i % 2 == 0) ? second : first;
			assertThat(client.upload("scan.png", TestFiles.png(4, 4)).status()).as("upload " + i).isEqualTo(201);
		}

		assertThat(first.upload("scan.png", TestFiles.png(4, 4)).status()).isEqualTo(429);
		assertThat(second.upload("scan.png", TestFiles.png(4, 4)).status()).isEqualTo(429);
	}

	@Test
	void secondInstanceServesDocumentsOfTheFirst() {
		DocumentClient first = DocumentClient.aSignedInOwner(port);
		byte[] pdf = TestFiles.pdf("Shared");
		String id = first.uploadAccepted("shared.pdf", pdf);

		assertThat(first.onPort(secondPort()).download(id).body()).isEqualTo(pdf);
	}

	private static int secondPort() {
		return secondInstance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

}
