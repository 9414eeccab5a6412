package org.urgentaction.mailing;

import java.io.IOException;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the mailbox that the envelope sender's bounces and the mailbox providers'
 * complaints go to ({@code ua.bounces.imap-*}), every {@code ua.bounces.poll-interval}:
 * each mail is parsed, recorded and deleted. Mails that are neither a DSN nor an ARF
 * report (auto-replies) are deleted too.
 */
@Component
class BounceMailbox {

	private static final Logger log = LoggerFactory.getLogger(BounceMailbox.class);

	private final BounceSettings settings;

	private final BounceRecorder recorder;

	private final ReturnPath returnPath;

	BounceMailbox(BounceSettings settings, BounceRecorder recorder, ReturnPath returnPath) {
		this.settings = settings;
		this.recorder = recorder;
		this.returnPath = returnPath;
	}

	@Scheduled(fixedDelayString = "${ua.bounces.poll-interval:60s}",
			initialDelayString = "${ua.bounces.poll-interval:60s}")
	void scheduled() {
		if (!settings.enabled()) {
			return;
		}
		try {
			read();
		}
		catch (MessagingException | RuntimeException ex) {
			log.warn("Cannot read the bounce mailbox {}:{}: {}", settings.imapHost(), settings.imapPort(),
					ex.getMessage());
		}
	}

	/**
	 * Reads and deletes every mail in the mailbox; the number of bounces recorded.
	 */
	int read() throws MessagingException {
		Properties properties = new Properties();
		String protocol = settings.imapProtocol();
		properties.put("mail." + protocol + ".connectiontimeout", "10000");
		properties.put("mail." + protocol + ".timeout", "30000");
		Store store = Session.getInstance(properties).getStore(protocol);
		store.connect(settings.imapHost(), settings.imapPort(), settings.username(), settings.password());
		int recorded = 0;
		try (store) {
			Folder folder = store.getFolder(settings.folder());
			folder.open(Folder.READ_WRITE);
			try {
				for (Message message : folder.getMessages()) {
					if (message.isSet(Flags.Flag.DELETED)) {
						continue;
					}
					recorded += handle((MimeMessage) message);
					message.setFlag(Flags.Flag.DELETED, true);
				}
			}
			finally {
				folder.close(true);
			}
		}
		return recorded;
	}

	/**
	 * Records the bounces of one returned mail. A mail that cannot be read is given up; a
	 * failure to record (the database) leaves it in the mailbox for the next time.
	 */
	private int handle(MimeMessage message) throws MessagingException {
		List<Bounce> bounces;
		try {
			bounces = BounceParser.parse(message, returnPath.outboxId(message));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Cannot read a returned mail; deleting it: {}", ex.getMessage());
			return 0;
		}
		String id = (message.getMessageID() != null) ? message.getMessageID()
				: message.getSentDate() + "/" + message.getSubject();
		int recorded = 0;
		for (Bounce bounce : bounces) {
			if (recorder.record(id + "|" + bounce.recipient(), bounce)) {
				recorded++;
			}
		}
		return recorded;
	}

}
