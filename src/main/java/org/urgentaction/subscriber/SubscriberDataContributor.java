package org.urgentaction.subscriber;

import java.util.Map;

/**
 * Other features that keep data about a subscriber (the mails sent to them) add it to the
 * subscriber's export and erase it when the subscriber deletes themselves.
 */
public interface SubscriberDataContributor {

	/** The key of this feature's part in the exported JSON. */
	String name();

	Map<String, Object> export(long subscriberId);

	/** Removes or anonymises everything that identifies the subscriber. */
	void erase(long subscriberId);

}
