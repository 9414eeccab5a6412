import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for bench/report-ingest and bench/report-durability (run with
 * {@code java bench/ReportLoad.java HOST PORT PATH CONNECTIONS SECONDS [IDS_FILE [STOP_FILE]]}).
 * Each connection is a thread with a keep-alive HTTP/1.1 socket that POSTs reports with
 * random channel, country and count and an Idempotency-Key of its own, one at a time, each
 * request in one write (as a browser or HTTP client library sends a small request).
 * At the deadline no new request is sent but every request in flight is answered, so
 * the 2xx count can be compared exactly with the rows stored. Ids of reports that got a
 * 2xx go to IDS_FILE, one per line. The load also ends when STOP_FILE appears. A broken connection (the server was killed) is
 * counted as an error and reopened.
 */
public class ReportLoad {

	static final String[] CHANNELS = { "LETTER", "EMAIL", "FAX", "PHONE", "SOCIAL", "OTHER" };

	static final String[] COUNTRIES = { "KZ", "DE", "FR", "GB", "US", "BR", "ZA", "IN", "JP", "AU", "MX", "NG" };

	static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

	static final AtomicLong ok = new AtomicLong();

	static final AtomicLong other = new AtomicLong();

	static final AtomicLong errors = new AtomicLong();

	static volatile long stopAt = Long.MAX_VALUE;

	public static void main(String[] args) throws Exception {
		String host = args[0];
		int port = Integer.parseInt(args[1]);
		String path = args[2];
		int connections = Integer.parseInt(args[3]);
		long seconds = Long.parseLong(args[4]);
		PrintWriter ids = (args.length > 5) ? new PrintWriter(Files.newBufferedWriter(Path.of(args[5]))) : null;
		long start = System.nanoTime();
		long deadline = start + seconds * 1_000_000_000L;
		stopAt = deadline;
		Path stop = (args.length > 6) ? Path.of(args[6]) : null;
		if (stop != null) {
			Thread watcher = new Thread(() -> {
				while (!Files.exists(stop) && System.nanoTime() < stopAt) {
					try {
						Thread.sleep(100);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
				stopAt = Math.min(stopAt, System.nanoTime());
			});
			watcher.setDaemon(true);
			watcher.start();
		}
		List<long[]> latencies = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < connections; c++) {
			long[][] mine = { new long[1 << 16] };
			int worker = c;
			Thread thread = new Thread(() -> latencies(host, port, path, worker, deadline, mine, ids, latencies));
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		if (ids != null) {
			ids.close();
		}
		long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		System.out.printf("RESULT ok=%d other=%d errors=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f%n",
				ok.get(), other.get(), errors.get(), elapsed, ok.get() / elapsed, percentile(all, 50),
				percentile(all, 99), all.length == 0 ? 0.0 : all[all.length - 1] / 1e6);
	}

	static void latencies(String host, int port, String path, int worker, long deadline, long[][] mine,
			PrintWriter ids, List<long[]> all) {
		int n = 0;
		long seq = 0;
		Socket socket = null;
		InputStream in = null;
		while (System.nanoTime() < Math.min(deadline, stopAt)) {
			try {
				if (socket == null) {
					socket = new Socket();
					socket.setTcpNoDelay(true);
					socket.connect(new InetSocketAddress(host, port), 2000);
					socket.setSoTimeout(60_000);
					in = new BufferedInputStream(socket.getInputStream(), 8192);
				}
				ThreadLocalRandom random = ThreadLocalRandom.current();
				String body = "{\"channel\":\"" + CHANNELS[random.nextInt(CHANNELS.length)] + "\",\"count\":"
						+ (1 + random.nextInt(5)) + ",\"country\":\"" + COUNTRIES[random.nextInt(COUNTRIES.length)]
						+ "\",\"note\":\"bench\"}";
				byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
				String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
						+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\nIdempotency-Key: load-"
						+ ProcessHandle.current().pid() + "-" + worker + "-" + (seq++) + "\r\nContent-Length: "
						+ bytes.length + "\r\n\r\n";
				byte[] request = Arrays.copyOf(head.getBytes(StandardCharsets.US_ASCII), head.length() + bytes.length);
				System.arraycopy(bytes, 0, request, head.length(), bytes.length);
				long sent = System.nanoTime();
				OutputStream out = socket.getOutputStream();
				out.write(request);
				out.flush();
				Response response = read(in);
				long took = System.nanoTime() - sent;
				if (n == mine[0].length) {
					mine[0] = Arrays.copyOf(mine[0], n * 2);
				}
				mine[0][n++] = took;
				if (response.status >= 200 && response.status < 300) {
					ok.incrementAndGet();
					if (ids != null) {
						Matcher id = ID.matcher(response.body);
						if (id.find()) {
							synchronized (ids) {
								ids.println(id.group(1));
								ids.flush();
							}
						}
					}
				}
				else {
					other.incrementAndGet();
				}
				if (response.close) {
					socket.close();
					socket = null;
				}
			}
			catch (IOException ex) {
				errors.incrementAndGet();
				try {
					if (socket != null) {
						socket.close();
					}
					Thread.sleep(200);
				}
				catch (IOException | InterruptedException ignored) {
				}
				socket = null;
			}
		}
		try {
			if (socket != null) {
				socket.close();
			}
		}
		catch (IOException ignored) {
		}
		synchronized (all) {
			all.add(Arrays.copyOf(mine[0], n));
		}
	}

	record Response(int status, String body, boolean close) {
	}

	static Response read(InputStream in) throws IOException {
		String status = line(in);
		int code = Integer.parseInt(status.split(" ")[1]);
		int length = -1;
		boolean chunked = false;
		boolean close = false;
		String header;
		while (!(header = line(in)).isEmpty()) {
			String lower = header.toLowerCase();
			if (lower.startsWith("content-length:")) {
				length = Integer.parseInt(lower.substring(15).trim());
			}
			else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
			else if (lower.startsWith("connection:") && lower.contains("close")) {
				close = true;
			}
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (chunked) {
			int size;
			while ((size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) > 0) {
				body.write(in.readNBytes(size));
				line(in);
			}
			line(in);
		}
		else if (length > 0) {
			body.write(in.readNBytes(length));
		}
		if (in.available() > 0) {
			throw new IOException("unexpected bytes after the response");
		}
		return new Response(code, body.toString(StandardCharsets.UTF_8), close);
	}

	static String line(InputStream in) throws IOException {
		String line = lineOrNull(in);
		if (line == null) {
			throw new IOException("connection closed");
		}
		return line;
	}

	static String lineOrNull(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = in.read()) != -1) {
			if (c == '\n') {
				int last = line.length() - 1;
				return (last >= 0 && line.charAt(last) == '\r') ? line.substring(0, last) : line.toString();
			}
			line.append((char) c);
		}
		return (line.length() == 0) ? null : line.toString();
	}

	static double percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

}
