package io.drillbook.identity;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters to create an account.
 */
record NewAccountForm(@NotBlank(message = "Enter a username.") @Pattern(regexp = "^[a-zA-Z0-9][a-zA-Z0-9._-]{1,63}$",
		message = "Use 2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.") String username,
		@NotBlank(message = "Enter the person's name.") @Size(max = 120,
				message = "Use at most 120 characters.") String displayName,
		@NotBlank(message = "Enter an initial password.") String password,
		@NotEmpty(message = "Choose at least one role.") Set<Role> roles) {

	static NewAccountForm empty() {
		return new NewAccountForm("", "", "", Set.of());
	}

}
