/**
 * Retention, personal-data export and erasure, consent records and incidents.
 */

package com.pettoyou.compliance;
