package com.pettoyou.identity.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.pettoyou.crypto.AssociatedData;
import com.pettoyou.crypto.BlindIndexer;
import com.pettoyou.crypto.EncryptedValue;
import com.pettoyou.crypto.FieldEncryptor;
import com.pettoyou.identity.Role;

/**
 * Reads and writes accounts. Emails and phone numbers are encrypted with associated data
 * naming this table, the column and the row id, and looked up by their blind indexes.
 */
@Repository
public class AccountRepository {

	private static final String COLUMNS = "id, email_encrypted, email_index, phone_encrypted, name, password_hash, "
			+ "role, status, hospital_id, password_change_required, created_at";

	private final JdbcClient jdbc;

	private final FieldEncryptor encryptor;

	private final BlindIndexer indexer;

	AccountRepository(JdbcClient jdbc, FieldEncryptor encryptor, BlindIndexer indexer) {
		this.jdbc = jdbc;
		this.encryptor = encryptor;
		this.indexer = indexer;
	}

	/** Returns the blind index of a canonical email. */
	public byte[] emailIndex(String canonicalEmail) {
		return indexer.index("email", canonicalEmail);
	}

	/**
	 * Inserts a new account.
	 * @throws org.springframework.dao.DuplicateKeyException if the email is taken
	 */
	public Account insert(NewAccount account, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO account (id, email_encrypted, email_index, phone_encrypted, phone_index, name,
				    password_hash, role, status, hospital_id, password_change_required, created_at, updated_at)
				VALUES (:id, :email, :emailIndex, :phone, :phoneIndex, :name, :passwordHash, :role, :status,
				    :hospitalId, :passwordChangeRequired, :now, :now)
				""")
			.param("id", id)
			.param("email", encryptor.encrypt(account.canonicalEmail(), bind(id, "email_encrypted")).toBytes())
			.param("emailIndex", emailIndex(account.canonicalEmail()))
			.param("phone",
					(account.phone() != null)
							? encryptor.encrypt(account.phone(), bind(id, "phone_encrypted")).toBytes() : null)
			.param("phoneIndex", (account.phone() != null) ? indexer.index("phone", account.phone()) : null)
			.param("name", account.name())
			.param("passwordHash", account.passwordHash())
			.param("role", account.role().name())
			.param("status", account.status().name())
			.param("hospitalId", account.hospitalId())
			.param("passwordChangeRequired", account.passwordChangeRequired())
			.param("now", utc(now))
			.update();
		return findById(id).orElseThrow();
	}

	public Optional<Account> findById(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = :id")
			.param("id", id)
			.query(AccountRepository::map)
			.optional();
	}

	public Optional<Account> findByCanonicalEmail(String canonicalEmail) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE email_index = :index")
			.param("index", emailIndex(canonicalEmail))
			.query(AccountRepository::map)
			.optional();
	}

	/**
	 * Returns the account's email in plain text, for sending mail and for {@code /me}.
	 */
	public String email(Account account) {
		return encryptor.decrypt(account.email(), bind(account.id(), "email_encrypted"));
	}

	public void updatePassword(UUID id, String passwordHash, Instant now) {
		jdbc.sql("""
				UPDATE account SET password_hash = :hash, password_changed_at = :now, updated_at = :now,
				    password_change_required = false, version = version + 1
				WHERE id = :id
				""").param("hash", passwordHash).param("now", utc(now)).param("id", id).update();
	}

	/** Marks the email verified and activates an account that was waiting for it. */
	public void markEmailVerified(UUID id, Instant now) {
		jdbc.sql("""
				UPDATE account SET email_verified_at = COALESCE(email_verified_at, :now),
				    status = CASE WHEN status = 'PENDING_VERIFICATION' THEN 'ACTIVE' ELSE status END,
				    updated_at = :now, version = version + 1
				WHERE id = :id
				""").param("now", utc(now)).param("id", id).update();
	}

	public void updateRoleAndStatus(UUID id, Role role, AccountStatus status, Instant now) {
		jdbc.sql("""
				UPDATE account SET role = :role, status = :status, updated_at = :now, version = version + 1
				WHERE id = :id
				""")
			.param("role", role.name())
			.param("status", status.name())
			.param("now", utc(now))
			.param("id", id)
			.update();
	}

	public long countByRole(Role role) {
		return jdbc.sql("SELECT count(*) FROM account WHERE role = :role AND status = 'ACTIVE'")
			.param("role", role.name())
			.query(Long.class)
			.single();
	}

	private static AssociatedData bind(UUID id, String column) {
		return new AssociatedData("account", column, id);
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Account map(ResultSet row, int rowNumber) throws SQLException {
		byte[] phone = row.getBytes("phone_encrypted");
		return new Account(row.getObject("id", UUID.class), EncryptedValue.fromBytes(row.getBytes("email_encrypted")),
				row.getBytes("email_index"), (phone != null) ? EncryptedValue.fromBytes(phone) : null,
				row.getString("name"), row.getString("password_hash"), Role.valueOf(row.getString("role")),
				AccountStatus.valueOf(row.getString("status")), row.getObject("hospital_id", UUID.class),
				row.getBoolean("password_change_required"),
				row.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	/**
	 * The fields of an account to create; {@code toString()} hides the email, phone and
	 * hash.
	 */
	public record NewAccount(String canonicalEmail, String phone, String name, String passwordHash, Role role,
			AccountStatus status, UUID hospitalId, boolean passwordChangeRequired) {

		@Override
		public String toString() {
			return "NewAccount[role=" + role + ", status=" + status + "]";
		}

	}

}
