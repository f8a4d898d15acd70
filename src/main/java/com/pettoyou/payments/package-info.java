/**
 * Premium payments, refunds and payouts.
 */

package com.pettoyou.payments;
