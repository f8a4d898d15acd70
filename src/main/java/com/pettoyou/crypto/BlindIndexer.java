package com.pettoyou.crypto;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

@Component
public class BlindIndexer {

	public byte[] index(String field, String canonicalValue) {
		return (field + canonicalValue).getBytes(StandardCharsets.UTF_8);
	}

}
