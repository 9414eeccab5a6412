package org.urgentaction.system;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON as it is written: a count is a JSON integer ({@code "5"}, {@code 1.5} and
 * {@code true} are refused, not read as 5, 1 and 1), text is a JSON string (not a number
 * or {@code true}), and no string holds a NUL character or an unpaired surrogate.
 * {@code ApiProblems} answers both with 422 naming the field.
 */
@Component
class StrictJson implements JsonMapperBuilderCustomizer {

	static final String UNACCEPTABLE_TEXT = "text holds a NUL character or an unpaired surrogate";

	@Override
	public void customize(JsonMapper.Builder builder) {
		builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.withCoercionConfig(LogicalType.Integer,
					(config) -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Textual,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.addModule(new SimpleModule("strict-text").addDeserializer(String.class, new CheckedStrings()));
	}

	private static final class CheckedStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (!Text.acceptable(value)) {
				throw context.weirdStringException(value, String.class, UNACCEPTABLE_TEXT);
			}
			return value;
		}

	}

}
