package io.drillbook.audit;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit key comes from the environment only, so that whoever holds the database does
 * not hold it.
 */
@Configuration(proxyBeanMethods = false)
class AuditSealConfiguration {

	private static final Logger log = LoggerFactory.getLogger(AuditSealConfiguration.class);

	@Bean
	AuditSeal auditSeal(@Value("${drillbook.audit.key:}") String key,
			@Value("${drillbook.audit.previous-keys:}") List<String> previous) {
		AuditSeal seal = AuditSeal.of(key, previous, "DRILLBOOK_AUDIT_KEY");
		if (seal.keyed()) {
			log.info("Audit entries are sealed with key {}", seal.keyId().orElseThrow());
		}
		else {
			log.warn("DRILLBOOK_AUDIT_KEY is not set: audit entries are chained but not sealed, so whoever can"
					+ " write the database can rewrite the log and its hashes unseen (see docs/security.md)");
		}
		return seal;
	}

}
