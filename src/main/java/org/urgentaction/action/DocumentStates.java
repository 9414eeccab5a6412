package org.urgentaction.action;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether documents may receive reports (not once their case is closed or stopped), read
 * in the writer's transaction so that a case closed a moment ago receives none.
 */
@Component
class DocumentStates {

	private final NamedParameterJdbcTemplate named;

	DocumentStates(NamedParameterJdbcTemplate named) {
		this.named = named;
	}

	record State(long documentId, long caseId, boolean published, boolean caseOpen, Set<Long> targetIds) {
	}

	Map<Long, State> of(Collection<Long> documentIds) {
		Map<Long, State> states = new HashMap<>();
		if (documentIds.isEmpty()) {
			return states;
		}
		Map<String, Object> params = Map.of("ids", List.copyOf(new HashSet<>(documentIds)));
		named
			.query("select d.id, d.case_id, d.status, case when c.stopped_at is null then c.status else 'STOPPED' end, "
					+ "t.id from ua_document d "
					+ "join ua_case c on c.id = d.case_id left join ua_target t on t.document_id = d.id where d.id in (:ids)",
					params, (RowCallbackHandler) (rs) -> {
						State state = states.get(rs.getLong(1));
						if (state == null) {
							state = new State(rs.getLong(1), rs.getLong(2), "PUBLISHED".equals(rs.getString(3)),
									"OPEN".equals(rs.getString(4)), new HashSet<>());
							states.put(state.documentId(), state);
						}
						long targetId = rs.getLong(5);
						if (!rs.wasNull()) {
							state.targetIds().add(targetId);
						}
					});
		return states;
	}

}
