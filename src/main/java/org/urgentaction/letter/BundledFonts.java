package org.urgentaction.letter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The TrueType fonts shipped in {@code classpath:fonts/}, read once and kept in memory.
 * Licences: {@code fonts/LICENSE-DejaVu.txt} and {@code fonts/LICENSE-Noto.txt}.
 */
final class BundledFonts {

	record Face(String family, int weight, byte[] data) {
	}

	private final List<Face> faces;

	private BundledFonts(List<Face> faces) {
		this.faces = faces;
	}

	static BundledFonts load() {
		return new BundledFonts(List.of(face("Serif", 400, "DejaVuSerif.ttf"),
				face("Serif", 700, "DejaVuSerif-Bold.ttf"), face("SansSerif", 400, "DejaVuSans.ttf"),
				face("SansSerif", 700, "DejaVuSans-Bold.ttf"), face("arabic", 400, "NotoNaskhArabic-Regular.ttf"),
				face("arabic", 700, "NotoNaskhArabic-Bold.ttf")));
	}

	/**
	 * Registers every face, embedded as a subset; italic text uses the upright face
	 * rather than a machine font.
	 */
	void registerWith(PdfRendererBuilder builder) {
		for (Face face : faces) {
			for (FontStyle style : FontStyle.values()) {
				builder.useFont(() -> new ByteArrayInputStream(face.data()), face.family(), face.weight(), style, true);
			}
		}
	}

	private static Face face(String family, int weight, String file) {
		try (InputStream in = BundledFonts.class.getResourceAsStream("/fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Missing bundled font fonts/" + file);
			}
			return new Face(family, weight, in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
