/**
 * Insurance products, policies, claims and the claim workflow. Other modules use
 * {@link com.pettoyou.insurance.InsurancePolicies} to take premiums and activate
 * policies.
 */

package com.pettoyou.insurance;
