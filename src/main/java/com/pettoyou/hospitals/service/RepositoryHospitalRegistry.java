package com.pettoyou.hospitals.service;

import java.util.UUID;

import org.springframework.stereotype.Component;

import com.pettoyou.identity.HospitalRegistry;

/**
 * The identity module's view of the hospital table, backed by {@link HospitalRepository}.
 */
@Component
class RepositoryHospitalRegistry implements HospitalRegistry {

	private final HospitalRepository hospitals;

	RepositoryHospitalRegistry(HospitalRepository hospitals) {
		this.hospitals = hospitals;
	}

	@Override
	public boolean exists(UUID hospitalId) {
		return this.hospitals.findById(hospitalId).isPresent();
	}

}
