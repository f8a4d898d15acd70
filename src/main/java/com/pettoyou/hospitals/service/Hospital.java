package com.pettoyou.hospitals.service;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A licensed animal hospital.
 *
 * @param licenceNumber the licence management number of the local-licensing register
 * @param district the district (gu) of the road-name address, such as 강남구
 * @param lotAddress the lot-number address, or {@code null}
 * @param phone the hospital's business line, or {@code null}
 * @param postalCode the five-digit postal code, or {@code null}
 * @param licensedOn the licence date, or {@code null} when not known
 */
public record Hospital(UUID id, String licenceNumber, String name, String district, String roadAddress,
		String lotAddress, String phone, String postalCode, LocalDate licensedOn, HospitalStatus status) {
}
