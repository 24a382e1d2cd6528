package io.drillbook.strategy;

import java.time.Instant;

/**
 * Published when an architect saves a new version of the policy.
 *
 * @param version the new version
 * @param changedBy who saved it
 * @param changedAt when
 * @param note the architect's note on the change
 */
public record PolicyChanged(int version, String changedBy, Instant changedAt, String note) {

}
