package io.drillbook.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The PostgreSQL that a Drillbook killed without shutting down (a {@code kill -9}, a
 * container stopped hard) leaves running: it keeps the data directory and would make the
 * next start fail. Only called while {@link DataDirectoryLock} is held, so no running
 * Drillbook can own that server.
 */
final class LeftoverPostmaster {

	private LeftoverPostmaster() {
	}

	/**
	 * Stops the postmaster named by the data directory's {@code postmaster.pid}, if it is
	 * a running PostgreSQL serving that directory, with a fast shutdown (which rolls back
	 * what was not committed and keeps what was), and removes a {@code postmaster.pid}
	 * whose process number now belongs to another program.
	 * @return the process stopped, if there was one
	 */
	static Optional<Long> stop(Path dataDirectory, Duration patience) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty()
				: parse(lines.get(0)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			// PostgreSQL recognises a dead postmaster's file itself, and checks that none
			// of its backends still holds the shared memory named there; so the file
			// stays.
			return Optional.empty();
		}
		if (!servesDirectory(process.get(), dataDirectory)) {
			Files.delete(pidFile);
			return Optional.empty();
		}
		signalFastShutdown(process.get());
		if (!exited(process.get(), patience)) {
			process.get().destroyForcibly();
			exited(process.get(), Duration.ofSeconds(10));
		}
		return Optional.of(process.get().pid());
	}

	private static Optional<Long> parse(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
		ProcessHandle.Info info = process.info();
		boolean postgres = info.command().map((c) -> Path.of(c).getFileName().toString()).map((name) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			return lower.equals("postgres") || lower.equals("postgres.exe");
		}).orElse(false);
		String directory = dataDirectory.toAbsolutePath().normalize().toString();
		boolean here = info.arguments()
			.map((arguments) -> List.of(arguments).stream().anyMatch((a) -> a.equals(directory)))
			.orElse(true);
		return postgres && here;
	}

	private static void signalFastShutdown(ProcessHandle process) throws IOException {
		if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
			process.destroy();
			return;
		}
		// SIGINT is PostgreSQL's fast shutdown; the SIGTERM of destroy() is its smart
		// shutdown, which waits for every client to disconnect.
		try {
			new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean exited(ProcessHandle process, Duration patience) {
		try {
			process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}

}
