package sinew.sim.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files whole or not at all: to a temporary file beside the target, then moved over it. Every
 * surface that writes results (reports, simulation inputs and results, benchmark figures) writes through it.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/** Writes text (UTF-8) to a file: the whole text or, on failure, nothing; folders are created. */
	public static void write(Path target, String text) throws IOException {
		write(target, text.getBytes(StandardCharsets.UTF_8));
	}

	/** Writes bytes (an image, say) to a file: all of them or, on failure, nothing; folders are created. */
	public static void write(Path target, byte[] bytes) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
		try {
			// a temporary file is private (rw-------); the output is an ordinary file others may read
			if (Files.getFileStore(temporary).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
				Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
			}
			Files.write(temporary, bytes);
			try {
				Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
