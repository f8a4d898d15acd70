/**
 * Audit trail: security-relevant events written in the transaction of the change they
 * record, then linked into a hash chain whose head is signed in checkpoints outside the
 * database.
 */

package com.pettoyou.audit;
