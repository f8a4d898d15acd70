/**
 * Insurance products, policies, claims and the claim workflow. Other modules use
 * {@link com.pettoyou.insurance.InsurancePolicies} to take premiums and activate
 * policies, receive {@link com.pettoyou.insurance.ClaimApproved} to pay approved claims,
 * and report paid claims through {@link com.pettoyou.insurance.ClaimPayouts}.
 */

package com.pettoyou.insurance;
