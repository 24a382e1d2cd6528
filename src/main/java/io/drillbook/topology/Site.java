package io.drillbook.topology;

/**
 * A data centre or other location.
 *
 * @param key the site's key, unique in its environment
 * @param name a readable name
 * @param role primary or recovery
 */
public record Site(String key, String name, SiteRole role) {

}
