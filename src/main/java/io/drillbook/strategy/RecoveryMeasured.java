package io.drillbook.strategy;

import java.time.Instant;

/**
 * A drill or a failover measured how long a strategy took to restore service: the figure
 * that policy estimates are compared with.
 *
 * @param environment the environment's key
 * @param unit the unit recovered
 * @param strategy the strategy carried out
 * @param tier the unit's tier
 * @param recoveryMinutes from the declared outage to the return of service
 * @param rtoMinutes the unit's recovery-time objective
 * @param execution the execution that measured it
 * @param measuredAt when the execution closed
 */
public record RecoveryMeasured(String environment, String unit, Strategy strategy, int tier, long recoveryMinutes,
		long rtoMinutes, long execution, Instant measuredAt) {

}
