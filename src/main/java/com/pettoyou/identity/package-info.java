/**
 * Identity: accounts, credentials, email verification, login, lockout, password change
 * and reset, tokens, sessions, roles and permissions.
 */

package com.pettoyou.identity;
