package com.pettoyou.identity.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import com.pettoyou.common.ApiException;
import com.pettoyou.identity.LinkProperties;
import com.pettoyou.identity.Role;
import com.pettoyou.identity.account.Account;
import com.pettoyou.identity.account.AccountRepository;
import com.pettoyou.identity.account.AccountRepository.NewAccount;
import com.pettoyou.identity.account.AccountStatus;
import com.pettoyou.identity.account.EmailAddresses;
import com.pettoyou.identity.account.OneTimeTokens;
import com.pettoyou.identity.account.OneTimeTokens.TokenPurpose;

/**
 * Creates an active account without a password on someone else's behalf and emails the
 * person a single-use link to choose one. Callers check their own permission and write
 * their own audit record.
 */
@Component
class AccountInvitations {

	private final AccountRepository accounts;

	private final OneTimeTokens tokens;

	private final AccountMails mails;

	private final LinkProperties links;

	private final Clock clock;

	AccountInvitations(AccountRepository accounts, OneTimeTokens tokens, AccountMails mails, LinkProperties links,
			Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.mails = mails;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * Creates the account and sends the set-password mail.
	 * @throws ApiException 409 when the email is taken
	 */
	Account invite(String email, String name, Role role, UUID hospitalId) {
		String canonicalEmail = EmailAddresses.canonical(email);
		Instant now = clock.instant();
		Account account;
		try {
			account = accounts.insert(
					new NewAccount(canonicalEmail, null, name, null, role, AccountStatus.ACTIVE, hospitalId, false),
					now);
		}
		catch (DuplicateKeyException ex) {
			throw ApiException.conflict("An account with this email already exists.");
		}
		String token = tokens.issue(account.id(), TokenPurpose.PASSWORD_RESET, now, links.resetTokenLifetime());
		mails.accountCreated(canonicalEmail, token);
		return account;
	}

}
