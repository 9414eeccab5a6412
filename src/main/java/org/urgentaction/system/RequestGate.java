package org.urgentaction.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, requests that no endpoint could use: multipart
 * bodies outside the upload paths (415), bodies over {@code ua.web.max-body-size} outside
 * them (413, also when sent in chunks), and parameters with NUL characters, unpaired
 * surrogates or list indices that are negative or above {@code ua.web.max-index} (422).
 */
class RequestGate extends OncePerRequestFilter {

	private final RequestLimits limits;

	private final ProblemTexts texts;

	RequestGate(RequestLimits limits, ProblemTexts texts) {
		this.limits = limits;
		this.texts = texts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
		boolean upload = limits.uploadPaths().stream().anyMatch(request.getRequestURI()::startsWith);
		if (upload) {
			chain.doFilter(request, response);
			return;
		}
		if (type.startsWith("multipart/")) {
			refuse(request, response, 415, "unsupportedMediaType", "noUploads");
			return;
		}
		long max = limits.maxBodySize().toBytes();
		if (request.getContentLengthLong() > max) {
			refuse(request, response, 413, "contentTooLarge", "bodyTooLarge");
			return;
		}
		HttpServletRequest checked = request;
		if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null
				&& !type.startsWith("application/x-www-form-urlencoded")) {
			byte[] body = readAtMost(request.getInputStream(), max + 1);
			if (body.length > max) {
				refuse(request, response, 413, "contentTooLarge", "bodyTooLarge");
				return;
			}
			checked = new BufferedBody(request, body);
		}
		String problem = parameterProblem(checked.getParameterMap());
		if (problem != null) {
			refuse(request, response, 422, "invalid", problem);
			return;
		}
		chain.doFilter(checked, response);
	}

	private String parameterProblem(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (!Text.acceptable(parameter.getKey()) || !indicesBounded(parameter.getKey())) {
				return "parameterName";
			}
			for (String value : parameter.getValue()) {
				if (!Text.acceptable(value)) {
					return "parameterValue";
				}
			}
		}
		return null;
	}

	/**
	 * Whether every {@code [i]} in a name such as {@code targets[3].emails} is a number
	 * from 0 to {@code ua.web.max-index}.
	 */
	boolean indicesBounded(String name) {
		int open = name.indexOf('[');
		while (open >= 0) {
			int close = name.indexOf(']', open);
			if (close < 0) {
				return false;
			}
			String index = name.substring(open + 1, close);
			if (index.isEmpty() || index.length() > 6 || !index.chars().allMatch(Character::isDigit)
					|| Integer.parseInt(index) > limits.maxIndex()) {
				return false;
			}
			if (close + 1 < name.length() && name.charAt(close + 1) != '.' && name.charAt(close + 1) != '[') {
				return false;
			}
			open = name.indexOf('[', close);
		}
		return name.indexOf(']', name.lastIndexOf('[') + 1) == name.lastIndexOf(']');
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String title,
			String detail) throws IOException {
		if (request.getRequestURI().startsWith("/api/")) {
			texts.write(request, response, status, title, detail);
		}
		else {
			response.sendError(status);
		}
	}

	private static byte[] readAtMost(InputStream in, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int n;
		while (out.size() < limit && (n = in.read(buffer)) > 0) {
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	private static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

	}

}
