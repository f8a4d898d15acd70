package com.pettoyou.hospitals.service;

/** The business status of a hospital, as the licensing register records it. */
public enum HospitalStatus {

	OPERATING,

	SUSPENDED,

	CLOSED

}
