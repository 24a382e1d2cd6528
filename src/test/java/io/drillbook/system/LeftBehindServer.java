package io.drillbook.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Run as a process of its own: starts the embedded PostgreSQL on a data directory as the
 * portal does, commits a row, says {@code READY} and waits to be killed, so that a test
 * can leave its server running exactly as a portal killed with {@code kill -9} does.
 */
final class LeftBehindServer {

	private LeftBehindServer() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(Path.of(args[0]))
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			// A schema of its own, since Flyway wants the application's schema to itself.
			statement.execute("create schema fault");
			statement.execute("create table fault.left_behind (note text)");
			statement.execute("insert into fault.left_behind values ('committed before the kill')");
		}
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
