package com.pettoyou.insurance.service;

import java.util.List;
import java.util.UUID;

import com.pettoyou.insurance.ClaimType;

/**
 * A pet-insurance product of the catalogue. Amounts are whole won.
 *
 * @param coverageTypes the claim types the product pays for
 * @param coveragePercent the share of a covered cost that is paid, from 1 to 100
 * @param deductible the part of each claim that the holder pays first
 * @param annualLimit the most the product pays in one policy year
 * @param monthlyPremium the premium per month
 * @param waitingPeriodDays the days after the start of a policy before claims are covered
 */
public record InsuranceProduct(UUID id, String name, List<ClaimType> coverageTypes, int coveragePercent,
		long deductible, long annualLimit, long monthlyPremium, int waitingPeriodDays) {

	public InsuranceProduct {
		coverageTypes = List.copyOf(coverageTypes);
	}

}
