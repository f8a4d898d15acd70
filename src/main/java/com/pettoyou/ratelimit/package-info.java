/**
 * Rate limiting: named policies backed by token buckets in Redis that every instance
 * shares.
 */

package com.pettoyou.ratelimit;
