package io.drillbook.system;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the embedded PostgreSQL keeps its data when no external database is
 * configured.
 *
 * @param dataDirectory the cluster's data directory; it survives restarts
 * @param port the port to listen on, 0 for any free port
 * @param ephemeral a throw-away cluster in a temporary directory, for tests
 * @param startupWait how long to wait for the server to accept connections
 */
@ConfigurationProperties("drillbook.embedded-postgres")
record EmbeddedPostgresProperties(Path dataDirectory, int port, boolean ephemeral, Duration startupWait) {

	public EmbeddedPostgresProperties {
		dataDirectory = (dataDirectory != null) ? dataDirectory : Path.of("data", "postgres");
		startupWait = (startupWait != null) ? startupWait : Duration.ofSeconds(60);
	}

}
