package io.drillbook.topology;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

import org.springframework.stereotype.Component;

/**
 * Writes a {@link Tier} as its number in JSON, so that stored policies and the API keep
 * the shape they had when tiers were plain numbers; {@code Tier} itself stays free of
 * Jackson.
 */
@Component
class TierJson extends SimpleModule {

	TierJson() {
		super("drillbook-tier");
		addSerializer(Tier.class, new StdSerializer<>(Tier.class) {
			@Override
			public void serialize(Tier tier, JsonGenerator json, SerializationContext context) {
				json.writeNumber(tier.level());
			}
		});
		addDeserializer(Tier.class, new StdDeserializer<>(Tier.class) {
			@Override
			public Tier deserialize(JsonParser json, DeserializationContext context) {
				int level = json.getIntValue();
				return Tier.parse(level)
					.orElseThrow(() -> context.weirdNumberException(level, Tier.class, "the tier must be 1 to 4"));
			}
		});
	}

}
