package com.pettoyou.documents;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

import com.pettoyou.common.ProductionSafetyCheck;
import com.pettoyou.documents.service.DocumentProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DocumentSettingsTest {

	@Test
	void productionRequiresDocumentDirectory() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");

		assertThat(ProductionSafetyCheck.problems(environment)).contains("pettoyou.documents.directory is missing");
	}

	@Test
	void productionAcceptsDocumentDirectory() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		environment.setProperty("pettoyou.documents.directory", "/var/lib/pettoyou/documents");

		assertThat(ProductionSafetyCheck.problems(environment))
			.noneMatch((problem) -> problem.contains("pettoyou.documents"));
	}

	@Test
	void invalidSettingsAreRejected() {
		DataSize tenMegabytes = DataSize.ofMegabytes(10);

		assertThatIllegalArgumentException().isThrownBy(() -> new DocumentProperties(Path.of(""), tenMegabytes, 1))
			.withMessageContaining("pettoyou.documents.directory");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DocumentProperties(Path.of("docs"), DataSize.ofBytes(0), 1))
			.withMessageContaining("pettoyou.documents.max-size");
		assertThatIllegalArgumentException().isThrownBy(() -> new DocumentProperties(Path.of("docs"), tenMegabytes, 0))
			.withMessageContaining("pettoyou.documents.max-image-pixels");
	}

}
