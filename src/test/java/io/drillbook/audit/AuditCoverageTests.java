package io.drillbook.audit;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event any module publishes is written to the audit log: the test finds each type
 * built where {@code publishEvent} is called, and fails for one the audit trail does not
 * listen to.
 */
class AuditCoverageTests {

	@Test
	void everyPublishedEventHasAnAuditEntry() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.drillbook");
		Set<String> published = new TreeSet<>();
		for (JavaClass type : classes) {
			for (JavaCodeUnit unit : type.getCodeUnits()) {
				// The event is the record built nearest the call that publishes it; the
				// compiler may place a constructor spread over lines after the call's
				// line.
				unit.getMethodCallsFromSelf()
					.stream()
					.filter((call) -> call.getTargetOwner().isAssignableTo(ApplicationEventPublisher.class)
							&& call.getName().equals("publishEvent"))
					.forEach((publish) -> unit.getConstructorCallsFromSelf()
						.stream()
						.filter((call) -> call.getTargetOwner().getPackageName().startsWith("io.drillbook")
								&& call.getTargetOwner().isRecord())
						.filter((call) -> Math.abs(call.getLineNumber() - publish.getLineNumber()) <= 8)
						.min(Comparator.comparingInt(
								(JavaAccess<?> call) -> Math.abs(call.getLineNumber() - publish.getLineNumber())))
						.ifPresent((call) -> published.add(call.getTargetOwner().getName())));
			}
		}
		Set<String> audited = Arrays.stream(AuditTrail.class.getDeclaredMethods())
			.filter((method) -> method.isAnnotationPresent(EventListener.class))
			.map((method) -> method.getParameterTypes()[0].getName())
			.collect(Collectors.toCollection(TreeSet::new));

		assertThat(published).as("event types found where events are published")
			.contains("io.drillbook.drill.DrillActivity", "io.drillbook.topology.TopologyChanged",
					"io.drillbook.strategy.RecoveryMeasured");
		assertThat(audited).containsAll(published);
	}

}
