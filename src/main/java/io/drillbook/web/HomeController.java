package io.drillbook.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.drillbook.drill.DrillRecords;
import io.drillbook.drill.Finding;
import io.drillbook.drill.Times;
import io.drillbook.identity.Role;
import io.drillbook.identity.UserDirectory;
import io.drillbook.topology.EnvironmentCatalog;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard: what needs the signed-in person now (executions under way, sign-offs
 * waiting for them, their follow-up actions), then what they can do.
 */
@Controller
class HomeController {

	private final UserDirectory users;

	private final EnvironmentCatalog environments;

	private final DrillRecords drills;

	private final Clock clock;

	HomeController(UserDirectory users, EnvironmentCatalog environments, DrillRecords drills, Clock clock) {
		this.users = users;
		this.environments = environments;
		this.drills = drills;
		this.clock = clock;
	}

	/**
	 * An execution under way, as the dashboard shows it.
	 *
	 * @param execution the execution
	 * @param sinceOutage how long ago the outage was declared, in words
	 * @param rtoPassed whether the RTO has passed without service back
	 */
	record UnderWay(DrillRecords.ExecutionSummary execution, String sinceOutage, boolean rtoPassed) {

	}

	/**
	 * A follow-up action, as the dashboard shows it.
	 *
	 * @param finding the finding
	 * @param overdue whether its due date has passed
	 */
	record FollowUp(Finding finding, boolean overdue) {

	}

	@GetMapping("/")
	String dashboard(Authentication authentication, Model model) {
		List<Role> roles = Arrays.stream(Role.values())
			.filter((role) -> authentication.getAuthorities()
				.stream()
				.anyMatch((granted) -> role.authority().equals(granted.getAuthority())))
			.toList();
		model.addAttribute("roles", roles);
		model.addAttribute("environments", this.environments.summaries());
		String me = authentication.getName();
		model.addAttribute("underWay", this.drills.running().stream().map((e) -> {
			Duration since = Duration.between(e.outageDeclaredAt(), this.clock.instant());
			return new UnderWay(e, Times.duration(since),
					e.recoveredAt() == null && since.toMinutes() >= e.rtoMinutes());
		}).toList());
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		model.addAttribute("followUps",
				this.drills.openFindingsOwnedBy(me)
					.stream()
					.map((f) -> new FollowUp(f, f.getDueOn() != null && f.getDueOn().isBefore(today)))
					.toList());
		if (roles.contains(Role.OPERATOR) || roles.contains(Role.ARCHITECT)) {
			model.addAttribute("toSignOff", this.drills.awaitingSignOffFrom(me));
		}
		if (roles.contains(Role.ADMIN)) {
			Map<Role, Long> headcount = this.users.enabledAccountsByRole();
			model.addAttribute("headcount", headcount);
			model.addAttribute("onlyAdmins",
					Arrays.stream(Role.values())
						.filter((role) -> role != Role.ADMIN)
						.allMatch((role) -> headcount.get(role) == 0));
		}
		return "web/dashboard";
	}

}
