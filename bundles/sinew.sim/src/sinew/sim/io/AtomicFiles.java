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

	/**
	 * Writes a whole folder of files (relative path to bytes) whole or not at all: into a temporary folder beside
	 * the target, then moved into place, replacing the target folder if it exists. On failure the target is left
	 * as it was and the temporary folder is removed.
	 */
	public static void replaceFolder(Path target, java.util.Map<String, byte[]> files) throws IOException {
		Path absolute = target.toAbsolutePath().normalize();
		Path parent = absolute.getParent();
		Files.createDirectories(parent);
		String name = absolute.getFileName().toString();
		Path temporary = Files.createTempDirectory(parent, "." + name + ".");
		Path old = null;
		try {
			boolean posix = Files.getFileStore(temporary)
					.supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class);
			if (posix) {
				Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
			}
			for (java.util.Map.Entry<String, byte[]> file : files.entrySet()) {
				Path path = temporary.resolve(file.getKey()).normalize();
				if (!path.startsWith(temporary) || path.equals(temporary)) {
					throw new IOException(file.getKey() + ": not a path inside the folder");
				}
				Files.createDirectories(path.getParent());
				Files.write(path, file.getValue());
			}
			if (Files.exists(absolute)) {
				old = Files.createTempDirectory(parent, "." + name + ".old.");
				Files.delete(old);
				Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
			}
			try {
				Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
			} catch (IOException e) {
				if (old != null) {
					Files.move(old, absolute, StandardCopyOption.ATOMIC_MOVE);
					old = null;
				}
				throw e;
			}
		} finally {
			deleteTree(temporary);
			if (old != null) {
				deleteTree(old);
			}
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
