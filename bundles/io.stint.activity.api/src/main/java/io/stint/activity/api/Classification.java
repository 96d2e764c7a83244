package io.stint.activity.api;

/**
 * What a rule made of a block.
 *
 * @param profileId the profile the block goes to
 * @param serviceId a service overriding the profile's, or null
 * @param confidence HIGH, MEDIUM or LOW
 * @param ruleId the rule that matched
 */
public record Classification(long profileId, Long serviceId, String confidence, long ruleId) {
}
