package com.pettoyou.records.service;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.records.PetRecords;

/** The {@link PetRecords} that other modules call; it joins the caller's transaction. */
@Component
class PetRecordsLookup implements PetRecords {

	private final JdbcClient jdbc;

	PetRecordsLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean notesBelongTo(UUID petId, Collection<UUID> noteIds) {
		Set<UUID> distinct = Set.copyOf(noteIds);
		if (distinct.isEmpty()) {
			return true;
		}
		long found = jdbc.sql("""
				SELECT count(*) FROM health_note
				WHERE pet_id = :pet AND deleted_at IS NULL AND id IN (:ids)
				""").param("pet", petId).param("ids", List.copyOf(distinct)).query(Long.class).single();
		return found == distinct.size();
	}

}
