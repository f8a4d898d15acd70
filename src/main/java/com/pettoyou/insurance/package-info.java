/**
 * Insurance products, policies, claims and the claim workflow.
 */

package com.pettoyou.insurance;
