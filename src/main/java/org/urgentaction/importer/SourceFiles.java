package org.urgentaction.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Lists the documents of a folder (recursively) or of a {@code .zip}, one at a time and
 * with limits: each file at most {@code maxFileSize} (a larger one is reported, not
 * read), at most {@value #MAX_ENTRIES} entries and {@value #MAX_TOTAL_BYTES} bytes
 * unpacked, so that a zip bomb cannot exhaust memory or disk. Hidden files and folders
 * are skipped.
 */
final class SourceFiles {

	static final int MAX_ENTRIES = 20_000;

	static final long MAX_TOTAL_BYTES = 2L * 1024 * 1024 * 1024;

	private final long maxFileSize;

	SourceFiles(long maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	void forEach(Path path, Consumer<SourceFile> action) throws IOException {
		if (Files.isDirectory(path)) {
			List<Path> files;
			try (Stream<Path> walk = Files.walk(path)) {
				files = walk.filter(Files::isRegularFile)
					.filter((file) -> !hidden(path.relativize(file).toString()))
					.sorted()
					.toList();
			}
			for (Path file : files) {
				String name = path.relativize(file).toString();
				if (isZip(name)) {
					try (InputStream in = Files.newInputStream(file)) {
						forEachInZip(name + "!/", in, action);
					}
				}
				else if (Files.size(file) > maxFileSize) {
					action.accept(SourceFile.unreadable(name, "tooLarge"));
				}
				else {
					action.accept(SourceFile.of(name, Files.readAllBytes(file)));
				}
			}
		}
		else if (isZip(path.toString())) {
			try (InputStream in = Files.newInputStream(path)) {
				forEachInZip("", in, action);
			}
		}
		else {
			throw new IOException("Not a folder or a .zip: " + path);
		}
	}

	void forEachInZip(String prefix, InputStream in, Consumer<SourceFile> action) throws IOException {
		int entries = 0;
		long total = 0;
		try (ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.isDirectory() || hidden(entry.getName())) {
					continue;
				}
				if (++entries > MAX_ENTRIES) {
					throw new ArchiveRefusedException("More than " + MAX_ENTRIES + " files in " + prefix,
							"importer.archive.tooManyFiles", MAX_ENTRIES);
				}
				String name = prefix + entry.getName();
				byte[] content = readAtMost(zip, maxFileSize);
				if (content == null) {
					action.accept(SourceFile.unreadable(name, "tooLarge"));
					total += maxFileSize;
				}
				else {
					total += content.length;
					action.accept(SourceFile.of(name, content));
				}
				if (total > MAX_TOTAL_BYTES) {
					throw new ArchiveRefusedException("The archive unpacks to more than " + MAX_TOTAL_BYTES + " bytes",
							"importer.archive.tooLarge", MAX_TOTAL_BYTES / (1024 * 1024));
				}
			}
		}
	}

	static boolean isZip(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(".zip");
	}

	private static boolean hidden(String relativeName) {
		for (String part : relativeName.replace('\\', '/').split("/")) {
			if (part.startsWith(".") || part.equals("__MACOSX") || part.startsWith("~$")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The entry's bytes, or {@code null} (after skipping it) when it is larger than
	 * {@code max}.
	 */
	private static byte[] readAtMost(InputStream in, long max) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		long read = 0;
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			read += n;
			if (read > max) {
				while (in.read(buffer) >= 0) {
					// skip the rest of the entry without keeping it
				}
				return null;
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	static List<SourceFile> collect(Path path, long maxFileSize) throws IOException {
		List<SourceFile> files = new ArrayList<>();
		new SourceFiles(maxFileSize).forEach(path, files::add);
		return files;
	}

}
