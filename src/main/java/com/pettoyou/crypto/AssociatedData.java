package com.pettoyou.crypto;

import java.util.UUID;

import com.pettoyou.crypto.internal.LengthPrefixedEncoding;

/**
 * Location of an encrypted field: its table, column and row id. Field encryption
 * authenticates these as AEAD associated data, so a ciphertext copied to another table,
 * column or row fails to decrypt.
 *
 * @param table the table name, not blank
 * @param column the column name, not blank
 * @param rowId the id of the row
 */
public record AssociatedData(String table, String column, UUID rowId) {

	private static final byte VERSION = 1;

	/**
	 * Creates the binding.
	 * @throws IllegalArgumentException if the table or column is blank
	 * @throws NullPointerException if a part is {@code null}
	 */
	public AssociatedData {
		requireText(table, "table");
		requireText(column, "column");
		if (rowId == null) {
			throw new NullPointerException("rowId must not be null");
		}
	}

	/**
	 * Encodes the binding canonically: the version byte {@code 1}, then the table, the
	 * column and the row id in its lowercase {@link UUID#toString()} form, each as a
	 * 4-byte big-endian length followed by its UTF-8 bytes. Different bindings always
	 * give different bytes. Changing this format makes every stored ciphertext
	 * undecryptable.
	 * @return the encoding
	 */
	public byte[] toBytes() {
		return LengthPrefixedEncoding.encode(VERSION, this.table, this.column, this.rowId.toString());
	}

	private static void requireText(String value, String name) {
		if (value == null) {
			throw new NullPointerException(name + " must not be null");
		}
		if (value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

}
