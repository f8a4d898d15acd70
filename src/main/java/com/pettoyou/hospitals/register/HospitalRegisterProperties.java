package com.pettoyou.hospitals.register;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the hospital register import.
 *
 * @param registerFile the CSV export of the Seoul animal hospital register, relative to
 * the working directory unless absolute
 */
@ConfigurationProperties("pettoyou.hospitals")
public record HospitalRegisterProperties(@DefaultValue("data/seoul-animal-hospitals.csv") String registerFile) {
}
