package io.drillbook.topology;

/**
 * The element whose failure an impact analysis supposes.
 *
 * @param type site, cluster, host or component
 * @param key its key
 */
record FailurePoint(ElementType type, String key) {

}
