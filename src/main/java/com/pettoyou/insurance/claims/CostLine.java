package com.pettoyou.insurance.claims;

/**
 * One line of a claim's cost breakdown.
 *
 * @param item what was charged, 1 to 100 characters of cleaned text
 * @param amount whole won, from 1 to 10,000,000
 */
public record CostLine(String item, long amount) {

	@Override
	public String toString() {
		return "CostLine[amount=" + amount + "]";
	}

}
