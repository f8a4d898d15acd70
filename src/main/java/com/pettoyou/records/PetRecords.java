package com.pettoyou.records;

import java.util.Collection;
import java.util.UUID;

/**
 * A pet's medical records as other modules refer to them, for example an insurance claim
 * that cites the health notes of its treatment.
 */
public interface PetRecords {

	/**
	 * Returns whether every id names a health note of this pet that is not deleted. Reads
	 * no clinical text and writes no audit row.
	 * @param noteIds the ids to check; an empty collection returns {@code true}
	 */
	boolean notesBelongTo(UUID petId, Collection<UUID> noteIds);

}
