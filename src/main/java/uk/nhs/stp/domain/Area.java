package uk.nhs.stp.domain;

/**
 * An area (STP footprint) in the area register.
 *
 * @param code ONS code, e.g. {@code E54000005}
 * @param nhseCode NHS England / ODS code (Qxx), or empty when none was published
 * @param name ONS name
 * @param region NHS England region (four-region structure of 2016–2018)
 */
public record Area(String code, String nhseCode, String name, String region) {
}
