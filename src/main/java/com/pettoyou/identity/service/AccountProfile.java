package com.pettoyou.identity.service;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.common.ApiException;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.identity.Role;
import com.pettoyou.identity.account.Account;
import com.pettoyou.identity.account.AccountRepository;

/** Reads the signed-in account's own profile. */
@Service
public class AccountProfile {

	private final AccountRepository accounts;

	AccountProfile(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	public Profile of(AuthenticatedAccount caller) {
		Account account = accounts.findById(caller.accountId()).orElseThrow(ApiException::notFound);
		return new Profile(account, accounts.email(account), caller.role());
	}

	/**
	 * An account with its decrypted email and the role of the current session;
	 * {@code toString()} hides the email.
	 */
	public record Profile(Account account, String email, Role role) {

		@Override
		public String toString() {
			return "Profile[account=" + account + "]";
		}

	}

}
