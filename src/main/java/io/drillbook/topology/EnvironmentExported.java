package io.drillbook.topology;

import java.time.Instant;

/**
 * Someone exported an environment's file.
 *
 * @param environment the environment's key
 * @param notation yaml or json
 * @param fingerprint the fingerprint of the topology exported
 * @param by who
 * @param at when
 */
public record EnvironmentExported(String environment, String notation, String fingerprint, String by, Instant at) {

}
