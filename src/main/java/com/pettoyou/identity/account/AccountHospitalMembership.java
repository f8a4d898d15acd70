package com.pettoyou.identity.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.identity.HospitalMembership;

/** Reads an account's hospital from the account table. */
@Component
class AccountHospitalMembership implements HospitalMembership {

	private final AccountRepository accounts;

	AccountHospitalMembership(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> hospitalOf(UUID accountId) {
		return accounts.findById(accountId)
			.filter((account) -> account.status() == AccountStatus.ACTIVE && account.role().isHospitalRole())
			.map(Account::hospitalId);
	}

}
