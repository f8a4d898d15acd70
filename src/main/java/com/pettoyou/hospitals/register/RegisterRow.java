package com.pettoyou.hospitals.register;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

import com.pettoyou.hospitals.service.Addresses;
import com.pettoyou.hospitals.service.Hospital;
import com.pettoyou.hospitals.service.HospitalStatus;

/**
 * Validates one row of the register and turns it into a {@link Hospital}. The columns are
 * found by their Korean header names, so their order in the file does not matter.
 */
final class RegisterRow {

	static final String LICENCE_NUMBER = "관리번호";

	static final String LICENCE_DATE = "인허가일자";

	static final String PHONE = "소재지전화";

	static final String ROAD_ADDRESS = "도로명전체주소";

	static final String POSTAL_CODE = "도로명우편번호";

	static final String STATUS = "영업상태명";

	static final String LOT_ADDRESS = "소재지전체주소";

	static final String NAME = "사업장명";

	static final List<String> REQUIRED_COLUMNS = List.of(LICENCE_NUMBER, LICENCE_DATE, PHONE, ROAD_ADDRESS, POSTAL_CODE,
			STATUS, LOT_ADDRESS, NAME);

	private static final Pattern LICENCE_PATTERN = Pattern.compile("[0-9]{10,30}");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private static final Pattern PHONE_PATTERN = Pattern.compile("[0-9()+ -]{1,20}");

	private static final Pattern POSTAL_PATTERN = Pattern.compile("[0-9]{4,5}");

	/** Licence dates such as {@code 2021.6.30}, with the month and day unpadded. */
	private static final DateTimeFormatter LICENCE_DATE_FORMAT = DateTimeFormatter.ofPattern("uuuu.M.d")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final String CITY = "서울특별시";

	/**
	 * The short name of Seoul that a few rows of the register use in the road address.
	 */
	private static final String CITY_SHORT = "서울";

	private static final Map<String, HospitalStatus> STATUSES = Map.of("영업/정상", HospitalStatus.OPERATING, "휴업",
			HospitalStatus.SUSPENDED, "폐업", HospitalStatus.CLOSED);

	private RegisterRow() {
	}

	/** Returns the hospital of a valid row, or the code of the first rule it breaks. */
	static Parsed parse(CSVRecord record) {
		if (!record.isConsistent()) {
			return Parsed.rejected(null, "column_count");
		}
		String licence = record.get(LICENCE_NUMBER).strip();
		if (!LICENCE_PATTERN.matcher(licence).matches()) {
			return Parsed.rejected(null, "licence_number_invalid");
		}

		String name = record.get(NAME).strip();
		if (name.isEmpty()) {
			return Parsed.rejected(licence, "name_missing");
		}
		if (name.length() > 100 || CONTROL.matcher(name).find()) {
			return Parsed.rejected(licence, "name_invalid");
		}

		String roadAddress = seoulAddress(record.get(ROAD_ADDRESS).strip());
		if (roadAddress == null) {
			return Parsed.rejected(licence, "road_address_not_in_seoul");
		}
		if (roadAddress.length() > 200 || CONTROL.matcher(roadAddress).find()) {
			return Parsed.rejected(licence, "road_address_invalid");
		}
		String district = Addresses.district(roadAddress);
		if (district == null) {
			return Parsed.rejected(licence, "district_missing");
		}

		String lotAddress = blankToNull(record.get(LOT_ADDRESS));
		if (lotAddress != null && (lotAddress.length() > 200 || CONTROL.matcher(lotAddress).find())) {
			return Parsed.rejected(licence, "lot_address_invalid");
		}

		LocalDate licensedOn;
		try {
			licensedOn = LocalDate.parse(record.get(LICENCE_DATE).strip(), LICENCE_DATE_FORMAT);
		}
		catch (DateTimeParseException ex) {
			return Parsed.rejected(licence, "licence_date_invalid");
		}

		HospitalStatus status = STATUSES.get(record.get(STATUS).strip());
		if (status == null) {
			return Parsed.rejected(licence, "status_unknown");
		}

		String phone = blankToNull(record.get(PHONE));
		if (phone != null && !PHONE_PATTERN.matcher(phone).matches()) {
			return Parsed.rejected(licence, "phone_invalid");
		}
		String postalCode = blankToNull(record.get(POSTAL_CODE));
		if (postalCode != null && !POSTAL_PATTERN.matcher(postalCode).matches()) {
			return Parsed.rejected(licence, "postal_code_invalid");
		}

		return Parsed.of(new Hospital(null, licence, name, district, roadAddress, lotAddress, phone,
				fiveDigits(postalCode), licensedOn, status));
	}

	/**
	 * Returns the address with the city written as 서울특별시, or {@code null} when the
	 * address is not in Seoul.
	 */
	private static String seoulAddress(String address) {
		if (address.startsWith(CITY + " ")) {
			return address;
		}
		if (address.startsWith(CITY_SHORT + " ")) {
			return CITY + address.substring(CITY_SHORT.length());
		}
		return null;
	}

	/**
	 * Restores the leading zero of a four-digit postal code. Korean postal codes have
	 * five digits, every Seoul code starts with 0, and spreadsheet exports drop that
	 * zero.
	 */
	private static String fiveDigits(String postalCode) {
		if (postalCode == null) {
			return null;
		}
		return (postalCode.length() == 4) ? "0" + postalCode : postalCode;
	}

	private static String blankToNull(String value) {
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/**
	 * Either a hospital or a rejection reason, with the licence number when it is valid.
	 */
	record Parsed(Hospital hospital, String licenceNumber, String reason) {

		static Parsed of(Hospital hospital) {
			return new Parsed(hospital, hospital.licenceNumber(), null);
		}

		static Parsed rejected(String licenceNumber, String reason) {
			return new Parsed(null, licenceNumber, reason);
		}

	}

}
