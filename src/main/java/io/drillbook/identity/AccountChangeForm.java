package io.drillbook.identity;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * What an administrator may change on an existing account.
 */
record AccountChangeForm(
		@NotBlank(message = "Enter the person's name.") @Size(max = 120,
				message = "Use at most 120 characters.") String displayName,
		@NotEmpty(message = "Choose at least one role.") Set<Role> roles) {

	static AccountChangeForm of(UserAccount account) {
		return new AccountChangeForm(account.getDisplayName(), account.getRoles());
	}

}
