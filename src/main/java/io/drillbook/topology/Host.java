package io.drillbook.topology;

import java.util.Optional;

/**
 * A hypervisor host or a physical server.
 *
 * @param key the host's key, unique in its environment
 * @param name a readable name, usually its DNS name
 * @param site the key of the site it stands at
 * @param cluster for a hypervisor host, the cluster it belongs to, if any
 * @param kind hypervisor or physical
 */
public record Host(String key, String name, String site, Optional<String> cluster, HostKind kind) {

}
