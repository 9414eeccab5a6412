package org.urgentaction.importer;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.urgentaction.importer.extract.UnsupportedFormatException;
import org.urgentaction.system.ProblemTexts;

/**
 * Problem documents (RFC 9457) for the import API: 415 for a format the importer does not
 * read, 413 for a file over the size limit, 422 for a file it cannot read, 400 without a
 * file.
 */
@RestControllerAdvice(assignableTypes = ImportPreviewController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportApiProblems {

	private final MessageSource messages;

	private final ProblemTexts texts;

	ImportApiProblems(MessageSource messages, ProblemTexts texts) {
		this.messages = messages;
		this.texts = texts;
	}

	@ExceptionHandler(UnsupportedFormatException.class)
	ProblemDetail unsupported(UnsupportedFormatException ex, Locale locale) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, texts.title("unsupportedFormat", locale),
				message("importer.unsupported", locale, ex.fileName()));
	}

	@ExceptionHandler(ImportFailedException.class)
	ProblemDetail failed(ImportFailedException ex, Locale locale) {
		HttpStatus status = "tooLarge".equals(ex.reason()) ? HttpStatus.CONTENT_TOO_LARGE
				: "busy".equals(ex.reason()) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.UNPROCESSABLE_CONTENT;
		ProblemDetail problem = problem(status, texts.title("notReadable", locale), message(ex.messageKey(), locale));
		problem.setProperty("reason", ex.reason());
		return problem;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex, Locale locale) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, texts.title("fileTooLarge", locale),
				message("importer.unreadable.tooLarge", locale));
	}

	@ExceptionHandler({ MissingServletRequestPartException.class, MultipartException.class })
	ProblemDetail noFile(Exception ex, Locale locale) {
		if (ex.getCause() instanceof IllegalStateException && String.valueOf(ex.getMessage()).contains("size")) {
			return tooLarge(null, locale);
		}
		return problem(HttpStatus.BAD_REQUEST, texts.title("noFile", locale), message("importer.noFile", locale));
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
