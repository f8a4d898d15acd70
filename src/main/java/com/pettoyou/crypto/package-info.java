/**
 * Cryptography: keysets stored under a master key, field encryption bound to its row and
 * column, and blind indexes.
 */

package com.pettoyou.crypto;
