package com.pettoyou.hospitals.service;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.common.ApiException;
import com.pettoyou.common.PageResponse;

/**
 * Hospital search and lookup for every signed-in account, except a session that must
 * change its one-time password first.
 */
@Service
@PreAuthorize("isAuthenticated() and !principal.restricted()")
public class HospitalDirectory {

	private final HospitalRepository hospitals;

	HospitalDirectory(HospitalRepository hospitals) {
		this.hospitals = hospitals;
	}

	/**
	 * Returns one page of hospitals ordered by name.
	 * @param name text that the name must contain, compared without regard to case, with
	 * {@code %} and {@code _} matching only themselves; {@code null} or blank for any
	 * name
	 * @param district the exact district, such as 강남구, or {@code null} for any
	 */
	@Transactional(readOnly = true)
	public PageResponse<Hospital> search(String name, String district, int page, int size) {
		String pattern = (name == null || name.isBlank()) ? null : "%" + escapeLike(name.strip()) + "%";
		String districtFilter = (district == null || district.isBlank()) ? null : district.strip();
		long offset = (long) page * size;
		return new PageResponse<>(hospitals.search(pattern, districtFilter, offset, size), page, size,
				hospitals.count(pattern, districtFilter));
	}

	@Transactional(readOnly = true)
	public Hospital get(UUID id) {
		return hospitals.findById(id).orElseThrow(ApiException::notFound);
	}

	/**
	 * Escapes the {@code LIKE} wildcards and the escape character itself with a
	 * backslash.
	 */
	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
