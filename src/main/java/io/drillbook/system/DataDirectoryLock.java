package io.drillbook.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Drillbook's claim on the embedded PostgreSQL's data directory, held for as long as the
 * application runs. The operating system releases it when the process ends however it
 * ends, a {@code kill -9} included, so a claim that can be taken means that no running
 * Drillbook uses the directory, and any PostgreSQL still serving it was left behind.
 */
final class DataDirectoryLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectoryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * The lock file of a data directory: beside it, since initdb wants the directory
	 * empty.
	 */
	static Path fileOf(Path dataDirectory) {
		Path absolute = dataDirectory.toAbsolutePath().normalize();
		return absolute.resolveSibling(absolute.getFileName() + ".lock");
	}

	/**
	 * Claims the data directory.
	 * @throws DataDirectoryInUse if another running Drillbook holds it
	 */
	static DataDirectoryLock acquire(Path dataDirectory) throws IOException {
		Path file = fileOf(dataDirectory);
		Files.createDirectories(file.getParent());
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
			channel.close();
			throw new DataDirectoryInUse(dataDirectory, holder);
		}
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + ", since " + Instant.now())
			.getBytes(StandardCharsets.UTF_8)));
		channel.force(true);
		return new DataDirectoryLock(channel, lock);
	}

	@Override
	public void close() throws IOException {
		this.lock.release();
		this.channel.close();
	}

	/**
	 * The data directory is used by another running Drillbook; starting a second
	 * PostgreSQL on the same files would corrupt them.
	 */
	static final class DataDirectoryInUse extends IllegalStateException {

		DataDirectoryInUse(Path dataDirectory, String holder) {
			super("The embedded database in " + dataDirectory.toAbsolutePath() + " is in use by another Drillbook"
					+ (holder.isEmpty() ? "" : " (" + holder + ")"));
		}

	}

}
