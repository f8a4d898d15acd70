/**
 * Pets and the hospital-access grants that owners give.
 */

package com.pettoyou.pets;
