package org.urgentaction.letter;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Devanagari and Thai come out of the PDF shaped as HarfBuzz shapes them: conjuncts,
 * reordered vowel signs, stacked marks. The letter's rendering is compared with images
 * that HarfBuzz's {@code hb-view} made from the same fonts ({@code shaping/}, made by
 * {@code make-references.sh}): it must match the shaped image closely, and the unshaped
 * one (HarfBuzz's fallback shaper: one glyph per character) clearly less.
 */
class ShapingTests {

	private final PdfRenderer renderer = new PdfRenderer();

	@ParameterizedTest
	@CsvSource(delimiter = '\t', textBlock = """
			hindi	क्षत्रिय हिन्दी स्त्री कि र्क द्ध
			thai	น้ำใจ ปั้น กี่ ผู้ใหญ่ ที่นี่
			""")
	void clustersAreFormedAsHarfBuzzFormsThem(String name, String text) {
		BufferedImage ours = ink(render(text));
		BufferedImage shaped = ink(reference(name + ".png"));
		BufferedImage unshaped = ink(reference(name + "-unshaped.png"));

		double likeShaped = similarity(ours, shaped);
		double likeUnshaped = similarity(ours, unshaped);

		assertThat(similarity(shaped, unshaped)).as("the samples need shaping").isLessThan(0.8);
		assertThat(likeShaped).as("%s like HarfBuzz (unshaped: %.3f)", name, likeUnshaped).isGreaterThan(0.95);
		assertThat(likeShaped - likeUnshaped).isGreaterThan(0.2);
	}

	/** One line at 48 pt, drawn at 96 dpi: 64 pixels to the em, as hb-view draws it. */
	private BufferedImage render(String text) {
		byte[] pdf = renderer.render("<html><head><style>@page { size: 400mm 40mm; margin: 0 } "
				+ "body { margin: 4mm; font-family: serif; font-size: 48pt; white-space: nowrap }</style></head><body>"
				+ XmlText.escape(text) + "</body></html>");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFRenderer(document).renderImageWithDPI(0, 96, ImageType.GRAY);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BufferedImage reference(String file) {
		try (InputStream in = ShapingTests.class.getResourceAsStream("/shaping/" + file)) {
			return ImageIO.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The dark pixels, cut to their bounding box. */
	private static BufferedImage ink(BufferedImage image) {
		int left = image.getWidth();
		int top = image.getHeight();
		int right = -1;
		int bottom = -1;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if (dark(image, x, y)) {
					left = Math.min(left, x);
					right = Math.max(right, x);
					top = Math.min(top, y);
					bottom = Math.max(bottom, y);
				}
			}
		}
		assertThat(right).as("some ink").isGreaterThanOrEqualTo(0);
		return image.getSubimage(left, top, right - left + 1, bottom - top + 1);
	}

	/**
	 * The share of dark pixels of each image that have a dark pixel in the other one
	 * within two pixels (the layout rounds positions to whole dots), both aligned at
	 * their top left corner.
	 */
	static double similarity(BufferedImage a, BufferedImage b) {
		long[] ab = matched(a, b);
		long[] ba = matched(b, a);
		return (double) (ab[0] + ba[0]) / (ab[1] + ba[1]);
	}

	private static long[] matched(BufferedImage from, BufferedImage in) {
		long matched = 0;
		long total = 0;
		for (int y = 0; y < from.getHeight(); y++) {
			for (int x = 0; x < from.getWidth(); x++) {
				if (dark(from, x, y)) {
					total++;
					if (darkNear(in, x, y)) {
						matched++;
					}
				}
			}
		}
		return new long[] { matched, total };
	}

	private static boolean darkNear(BufferedImage image, int x, int y) {
		for (int dy = -2; dy <= 2; dy++) {
			for (int dx = -2; dx <= 2; dx++) {
				int nx = x + dx;
				int ny = y + dy;
				if (nx >= 0 && ny >= 0 && nx < image.getWidth() && ny < image.getHeight() && dark(image, nx, ny)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean dark(BufferedImage image, int x, int y) {
		return (image.getRaster().getSample(x, y, 0)) < 128;
	}

}
