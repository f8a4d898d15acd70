/**
 * Audit trail: security-relevant events written in the transaction of the change they
 * record.
 */

package com.pettoyou.audit;
