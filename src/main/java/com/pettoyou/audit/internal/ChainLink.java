package com.pettoyou.audit.internal;

/**
 * One {@code audit_chain} row.
 *
 * @param sequence position in the chain, from 1
 * @param previousHash the hash of the link before
 * @param hash SHA-256 of the previous hash and the event's canonical form
 */
record ChainLink(long sequence, byte[] previousHash, byte[] hash) {

}
