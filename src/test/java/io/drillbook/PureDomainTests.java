package io.drillbook;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules, the impact analysis, the runbook writer and the audit chain are plain Java:
 * functions from facts to decisions that a table-driven test runs in milliseconds.
 * Nothing in them may reach for Spring, JPA, Hibernate, the servlet API or a JSON
 * library.
 */
class PureDomainTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.drillbook");

	@Test
	void theDomainRulesUseNoFramework() {
		noClasses().that()
			.resideInAPackage("io.drillbook.strategy.rules..")
			.or()
			.haveSimpleName("Planner")
			.or()
			.haveSimpleName("TopologyRules")
			.or()
			.haveSimpleName("ImpactAnalysis")
			.or()
			.haveSimpleName("RunbookWriter")
			.or()
			.haveSimpleName("RunbookFacts")
			.or()
			.haveSimpleName("AuditChain")
			.or()
			.haveSimpleName("AuditSeal")
			.or()
			.haveSimpleName("ChainWalk")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "jakarta.servlet..",
					"org.hibernate..", "com.fasterxml.jackson..", "tools.jackson..")
			.because("domain rules are plain functions from facts to decisions")
			.check(CLASSES);
	}

}
