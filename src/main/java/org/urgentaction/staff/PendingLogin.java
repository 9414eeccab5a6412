package org.urgentaction.staff;

import java.io.Serializable;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A login whose password was right and whose second factor is still due, kept in the
 * session (not yet logged in). {@code newSecret} is the secret being set up, for an
 * account that must have a second factor and has none yet.
 */
record PendingLogin(long accountId, Instant since, String newSecret) implements Serializable {

	static final String ATTRIBUTE = PendingLogin.class.getName();

	static PendingLogin of(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session == null) ? null : (PendingLogin) session.getAttribute(ATTRIBUTE);
	}

	void store(HttpServletRequest request) {
		request.getSession().setAttribute(ATTRIBUTE, this);
	}

	static void clear(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

}
