package com.pettoyou.insurance;

import java.util.UUID;

/**
 * The facts about a policy that the payments module needs to take a premium for it.
 *
 * @param id the policy id
 * @param holderId the policyholder's account, which pays the premiums
 * @param status the policy's current state
 * @param monthlyPremium the product's monthly premium in won
 */
public record PremiumPolicy(UUID id, UUID holderId, PolicyStatus status, long monthlyPremium) {

}
