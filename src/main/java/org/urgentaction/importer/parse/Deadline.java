package org.urgentaction.importer.parse;

/**
 * Lets a parse that runs past its time limit stop: the importer interrupts the parsing
 * thread and the next check throws.
 */
final class Deadline {

	private Deadline() {
	}

	static void check() {
		if (Thread.currentThread().isInterrupted()) {
			throw new ParseInterruptedException();
		}
	}

	static final class ParseInterruptedException extends RuntimeException {

		ParseInterruptedException() {
			super("Parsing took too long and was stopped");
		}

	}

}
