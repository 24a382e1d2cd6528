package io.drillbook.identity;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * User accounts over JSON: who am I, and (for administrators) who is there.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "Accounts and roles")
class UserApiController {

	private final UserAccounts accounts;

	private final Clock clock;

	UserApiController(UserAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/me")
	@Operation(summary = "The signed-in account and its roles")
	AccountView me(Principal principal) {
		return this.accounts.findByUsername(principal.getName())
			.map((account) -> AccountView.of(account, this.clock.instant()))
			.orElseThrow();
	}

	@GetMapping("/users")
	@Operation(summary = "Every account, for administrators")
	List<AccountView> users() {
		return this.accounts.all().stream().map((account) -> AccountView.of(account, this.clock.instant())).toList();
	}

}
