package org.urgentaction.reply;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.system.NotFoundException;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

/**
 * Officials' replies to a case: coordinators log them, activists submit the ones they
 * received (held until a coordinator accepts them). Every change is in the audit history
 * of the case.
 */
@Service
public class ReplyService {

	static final int MAX_SUMMARY = 4000;

	private final ReplyRepository replies;

	private final UaService uas;

	private final AttachmentRules files;

	private final AuditLog audit;

	private final ReplySettings settings;

	private final Clock clock;

	ReplyService(ReplyRepository replies, UaService uas, AttachmentRules files, AuditLog audit, ReplySettings settings,
			Clock clock) {
		this.replies = replies;
		this.uas = uas;
		this.files = files;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/** The replies of a case anyone may see, the most recent first. */
	@Transactional(readOnly = true)
	public List<Reply> publicReplies(long caseId) {
		return replies.ofCase(caseId, true);
	}

	@Transactional(readOnly = true)
	public List<Reply> allReplies(long caseId) {
		return replies.ofCase(caseId, false);
	}

	@Transactional(readOnly = true)
	public List<Reply> pending(int limit) {
		return replies.withStatus(ReplyStatus.PENDING, limit);
	}

	@Transactional(readOnly = true)
	public Optional<Reply> find(long id) {
		return replies.find(id);
	}

	@Transactional(readOnly = true)
	Optional<byte[]> content(long id) {
		return replies.content(id);
	}

	/**
	 * A reply a coordinator logs against document {@code documentId}; accepted at once.
	 */
	@Transactional
	public Reply log(long documentId, NewReply reply, UploadedFile file, String actor) {
		UaDocument document = uas.get(documentId);
		ReplyRules.checkLogged(reply, uas.thread(document.caseId()));
		String type = (file == null || file.isEmpty()) ? null : files.check(file);
		long id = replies.insert(new ReplyRepository.Row(document.caseId(), documentId, reply, ReplyStatus.ACCEPTED,
				false, actor, null, clock.instant()));
		store(id, file, type);
		audit.record(actor, "REPLY_LOGGED", "ua_case", document.caseId(), "reply " + id + " ("
				+ (Boolean.TRUE.equals(reply.isPublic()) ? "public" : "not public") + "): " + reply.from());
		return replies.find(id).orElseThrow();
	}

	/**
	 * A reply an activist received and sends in from the public page of a published
	 * document; hidden until a coordinator accepts it.
	 */
	@Transactional
	public Reply submit(long documentId, String from, String summary, UploadedFile file, String clientAddress) {
		UaDocument document = uas.get(documentId);
		if (!document.isPublished()) {
			throw new NotFoundException("Document " + documentId);
		}
		NewReply reply = new NewReply(LocalDate.now(clock), null, blankToNull(from), null, summary, false);
		ReplyRules.checkSubmitted(reply);
		String type = (file == null || file.isEmpty()) ? null : files.check(file);
		Instant now = clock.instant();
		String clientKey = clientKey(clientAddress);
		if (settings.submissionsPerAddressPerHour() > 0 && replies.submissionsSince(clientKey,
				now.minus(Duration.ofHours(1))) >= settings.submissionsPerAddressPerHour()) {
			throw new TooManySubmissionsException();
		}
		long id = replies.insert(new ReplyRepository.Row(document.caseId(), documentId, reply, ReplyStatus.PENDING,
				true, "anonymous", clientKey, now));
		store(id, file, type);
		audit.record("anonymous", "REPLY_SUBMITTED", "ua_case", document.caseId(), "reply " + id);
		return replies.find(id).orElseThrow();
	}

	/** Accepts a pending reply, public or not; false when it was not pending. */
	@Transactional
	public boolean accept(long id, boolean isPublic, String actor) {
		Reply reply = replies.find(id).orElseThrow(() -> new NotFoundException("Reply " + id));
		boolean done = replies.decide(id, ReplyStatus.ACCEPTED, isPublic, actor, clock.instant());
		if (done) {
			audit.record(actor, "REPLY_ACCEPTED", "ua_case", reply.caseId(),
					"reply " + id + " (" + (isPublic ? "public" : "not public") + ")");
		}
		return done;
	}

	@Transactional
	public boolean reject(long id, String actor) {
		Reply reply = replies.find(id).orElseThrow(() -> new NotFoundException("Reply " + id));
		boolean done = replies.decide(id, ReplyStatus.REJECTED, false, actor, clock.instant());
		if (done) {
			audit.record(actor, "REPLY_REJECTED", "ua_case", reply.caseId(), "reply " + id);
		}
		return done;
	}

	private void store(long id, UploadedFile file, String type) {
		if (type != null) {
			replies.attach(id, AttachmentRules.safeName(file.fileName()), type, file.bytes());
		}
	}

	private static String clientKey(String address) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(("reply:" + (address == null ? "" : address)).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
