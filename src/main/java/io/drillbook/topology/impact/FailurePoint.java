package io.drillbook.topology.impact;

/**
 * The element whose failure an impact analysis supposes.
 *
 * @param type site, cluster, host or component
 * @param key its key
 */
public record FailurePoint(ElementType type, String key) {

}
