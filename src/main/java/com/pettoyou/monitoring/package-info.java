/**
 * Security events, alert rules, alert channels and the security console.
 */

package com.pettoyou.monitoring;
