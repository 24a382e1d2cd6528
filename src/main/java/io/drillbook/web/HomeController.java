package io.drillbook.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.drillbook.identity.Role;
import io.drillbook.identity.UserDirectory;
import io.drillbook.topology.EnvironmentCatalog;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard: what the signed-in person can do, and what to do first.
 */
@Controller
class HomeController {

	private final UserDirectory users;

	private final EnvironmentCatalog environments;

	HomeController(UserDirectory users, EnvironmentCatalog environments) {
		this.users = users;
		this.environments = environments;
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
