/**
 * The security console: server-rendered pages where security auditors sign in, see the
 * audit chain's state, recent alerts and the last day's activity, and verify the chain.
 */

package com.pettoyou.monitoring.console;
