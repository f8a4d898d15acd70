package com.pettoyou.crypto.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the keyset of every {@link KeyPurpose} from {@code crypto_keyset} at startup,
 * generating and storing any that is missing. Each stored keyset is encrypted under the
 * master AEAD with the purpose name as associated data, so a keyset copied into another
 * purpose's row does not decrypt.
 * <p>
 * Two instances that start at once on an empty table may both generate a keyset. Both
 * insert with {@code ON CONFLICT DO NOTHING} and then read the row back, so both use the
 * keyset that PostgreSQL stored first.
 * <p>
 * NOTE: rotation is not built yet. To rotate, add a key with
 * {@code KeysetHandle.newBuilder(handle).addEntry(KeysetHandle.generateEntryFromParameters(purpose.parameters()).withRandomId())},
 * store the re-encrypted keyset with an {@code UPDATE} of the row and restart every
 * instance. Only then make the new key primary in a second update and restart again.
 * Ciphertexts name their key id, so old data decrypts as long as its key stays in the
 * keyset.
 */
public class KeysetLoader {

	private static final Logger log = LoggerFactory.getLogger(KeysetLoader.class);

	private final KeysetRepository repository;

	private final Aead masterAead;

	private final Clock clock;

	public KeysetLoader(KeysetRepository repository, Aead masterAead, Clock clock) {
		this.repository = repository;
		this.masterAead = masterAead;
		this.clock = clock;
		TinkRegistration.register();
	}

	/**
	 * Loads, or generates and stores, the keyset of every purpose.
	 * @return the keysets
	 * @throws IllegalStateException if a stored keyset does not decrypt under the master
	 * key or does not provide its purpose's primitive
	 */
	public Keysets loadAll() {
		Map<KeyPurpose, KeysetHandle> handles = new EnumMap<>(KeyPurpose.class);
		for (KeyPurpose purpose : KeyPurpose.values()) {
			handles.put(purpose, load(purpose));
		}
		return new Keysets(handles);
	}

	private KeysetHandle load(KeyPurpose purpose) {
		byte[] stored = this.repository.find(purpose).orElseGet(() -> storeNew(purpose));
		KeysetHandle handle = decrypt(purpose, stored);
		requirePrimitive(purpose, handle);
		log.info("Loaded keyset {} with {} key(s), primary key id {}", purpose, handle.size(),
				Integer.toUnsignedLong(handle.getPrimary().getId()));
		return handle;
	}

	private byte[] storeNew(KeyPurpose purpose) {
		byte[] encrypted = encrypt(purpose, generate(purpose));
		if (this.repository.insertIfAbsent(purpose, encrypted, this.clock.instant())) {
			log.info("Generated and stored a new keyset {}", purpose);
		}
		else {
			log.info("Another instance stored keyset {} first, so this instance uses that one", purpose);
		}
		return this.repository.find(purpose)
			.orElseThrow(() -> new IllegalStateException(
					"Keyset " + purpose + " is missing from table crypto_keyset right after it was inserted"));
	}

	private static KeysetHandle generate(KeyPurpose purpose) {
		try {
			return KeysetHandle.generateNew(purpose.parameters(), TinkRegistration.configuration());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Generating a keyset for " + purpose + " failed", ex);
		}
	}

	private byte[] encrypt(KeyPurpose purpose, KeysetHandle handle) {
		try {
			return TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, this.masterAead, associatedData(purpose),
					TinkRegistration.configuration());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encrypting the new keyset " + purpose + " failed", ex);
		}
	}

	private KeysetHandle decrypt(KeyPurpose purpose, byte[] stored) {
		try {
			return TinkProtoKeysetFormat.parseEncryptedKeyset(stored, this.masterAead, associatedData(purpose),
					TinkRegistration.configuration());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Keyset " + purpose + " in table crypto_keyset does not decrypt: "
					+ "the master key (pettoyou.crypto.master-key) does not match the stored keysets. "
					+ "Start with the master key that encrypted them. A different master key cannot read them, "
					+ "and replacing the keysets would make every field encrypted under them unreadable.", ex);
		}
	}

	private static void requirePrimitive(KeyPurpose purpose, KeysetHandle handle) {
		try {
			handle.getPrimitive(TinkRegistration.configuration(), purpose.primitive());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Keyset " + purpose + " in table crypto_keyset does not provide a "
					+ purpose.primitive().getSimpleName() + " primitive", ex);
		}
	}

	private static byte[] associatedData(KeyPurpose purpose) {
		return purpose.name().getBytes(StandardCharsets.UTF_8);
	}

}
