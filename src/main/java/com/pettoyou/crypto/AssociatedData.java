package com.pettoyou.crypto;

import java.util.UUID;

public record AssociatedData(String table, String column, UUID rowId) {

	public byte[] toBytes() {
		return (table + "|" + column + "|" + rowId).getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

}
