package org.urgentaction.letter;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaDocumentJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * Milliseconds per one-page letter (the sample UA's letter to the Prosecutor General, A4)
 * after warm-up, rendered on one thread as the application renders it; then the same for
 * a letter in Chinese and one in Hindi (the sample letter translated,
 * {@code letters/*.txt}), with their ratio to the first. Run by
 * {@code bench/letter/run.sh}; writes the letter as PDF and as XHTML into the folder
 * given as first argument so that the script can convert the same letter with
 * LibreOffice.
 */
public final class LetterBenchmark {

	private LetterBenchmark() {
	}

	/** As {@link LetterService} makes it: the fonts are chosen for each letter. */
	private static String xhtml(PdfRenderer renderer, Letter letter) {
		List<Letter> letters = List.of(letter);
		return LetterXhtml.of(letters, Paper.A4, LetterXhtml.Style.PRINT,
				renderer.serifFamilyFor(letter.locale(), LetterXhtml.allText(letters)));
	}

	public static void main(String[] args) throws Exception {
		com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
		Path out = Path.of(args.length > 0 ? args[0] : "target/bench-letter");
		int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 300;
		int measured = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
		Files.createDirectories(out);
		UaDocument document;
		try (InputStream in = LetterBenchmark.class.getResourceAsStream("/sample/ua-46-19.json")) {
			document = JsonMapper.builder().build().readValue(in, UaDocumentJson.class).toDocument();
		}
		Target target = document.targets().get(0);
		Letter letter = new Letter(target, "Айгерим Сапарова", List.of("ул. Абая 10", "050000 Алматы", "Казахстан"),
				DefaultLetter.forTarget(document, target), LocalDate.of(2019, 8, 20), Locale.ENGLISH);
		Letter chinese = new Letter(target, "王小明", List.of("北京市朝阳区建国路88号", "100022 北京", "中国"),
				resource("/letters/zh-Hans.txt"), LocalDate.of(2019, 8, 20), Locale.forLanguageTag("zh-Hans"));
		Letter hindi = new Letter(target, "प्रिया शर्मा",
				List.of("12, महात्मा गांधी मार्ग", "नई दिल्ली 110001", "भारत"), resource("/letters/hi.txt"),
				LocalDate.of(2019, 8, 20), Locale.forLanguageTag("hi"));
		PdfRenderer renderer = new PdfRenderer();
		String xhtml = xhtml(renderer, letter);
		byte[] pdf = renderer.render(xhtml);
		Files.write(out.resolve("letter.pdf"), pdf);
		Files.writeString(out.resolve("letter.html"), xhtml);
		Files.write(out.resolve("letter-zh.pdf"), renderer.render(xhtml(renderer, chinese)));
		Files.write(out.resolve("letter-hi.pdf"), renderer.render(xhtml(renderer, hindi)));
		System.out.printf(Locale.ROOT, "pages=%d bytes=%d%n", PdfText.pages(pdf), pdf.length);
		double[] latin = measure(renderer, letter, warmup, measured);
		System.out.printf(Locale.ROOT, "ms_per_letter=%.2f (after %d warm-up letters, %d measured, one thread)%n",
				latin[0], warmup, measured);
		// the rendering thread's own CPU time: what a letter costs when other processes
		// share the cores
		System.out.printf(Locale.ROOT, "cpu_ms_per_letter=%.2f%n", latin[1]);
		for (Letter other : List.of(chinese, hindi)) {
			String language = other.locale().getLanguage();
			byte[] otherPdf = renderer.render(xhtml(renderer, other));
			double[] figures = measure(renderer, other, warmup, measured);
			System.out.printf(Locale.ROOT,
					"%s_ms_per_letter=%.2f %s_cpu_ms_per_letter=%.2f pages=%d bytes=%d ratio_to_latin=%.2f (CPU %.2f)%n",
					language, figures[0], language, figures[1], PdfText.pages(otherPdf), otherPdf.length,
					figures[0] / latin[0], figures[1] / latin[1]);
		}
	}

	/** Milliseconds per letter after warm-up: elapsed and the thread's CPU time. */
	private static double[] measure(PdfRenderer renderer, Letter letter, int warmup, int measured) {
		for (int i = 0; i < warmup; i++) {
			renderer.render(xhtml(renderer, letter));
		}
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		for (int i = 0; i < measured; i++) {
			renderer.render(xhtml(renderer, letter));
		}
		return new double[] { (System.nanoTime() - start) / 1e6 / measured,
				(threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / measured };
	}

	private static String resource(String path) throws java.io.IOException {
		try (InputStream in = LetterBenchmark.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

}
