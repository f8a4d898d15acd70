/**
 * Medical records: health notes and vaccinations.
 */

package com.pettoyou.records;
