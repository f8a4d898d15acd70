/**
 * Hospitals and their staff membership.
 */

package com.pettoyou.hospitals;
