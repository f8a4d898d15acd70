package com.pettoyou.identity.session;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTokenIdTest {

	private static final int COUNT = 100_000;

	@Test
	void tokenIdsAreUnique() {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < COUNT; i++) {
			ids.add(SessionStore.newTokenId());
		}

		assertThat(ids).hasSize(COUNT);
	}

	@Test
	void tokenIdIs32Bytes() {
		String id = SessionStore.newTokenId();

		assertThat(Base64.getUrlDecoder().decode(id)).hasSize(32);
		assertThat(id).doesNotContain("=");
	}

}
