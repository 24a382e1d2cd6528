package io.drillbook.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import io.drillbook.system.Refusal;
import io.drillbook.system.Refused;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages for user accounts: list, create, change roles, disable,
 * unlock and reset passwords.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserAccounts accounts;

	private final Clock clock;

	UserAdminController(UserAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.all().stream().map(this::view).toList());
		return "identity/users";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		model.addAttribute("form", NewAccountForm.empty());
		return "identity/user-new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				UserAccount account = this.accounts.create(form.username(), form.displayName(), form.password(),
						roles(form.roles()));
				redirect.addFlashAttribute("flashSuccess", "Created " + account.getUsername() + ".");
				return "redirect:/admin/users";
			}
			catch (Refused ex) {
				errors.rejectValue(ex.refusal().field(), "account", ex.refusal().message());
			}
		}
		return "identity/user-new";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		UserAccount account = this.accounts.find(id)
			.orElseThrow(() -> Refusal.missing("No user account with id " + id).refused());
		model.addAttribute("account", view(account));
		model.addAttribute("form", AccountChangeForm.of(account));
		return "identity/user-edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountChangeForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		UserAccount account = this.accounts.find(id)
			.orElseThrow(() -> Refusal.missing("No user account with id " + id).refused());
		if (!errors.hasErrors()) {
			try {
				this.accounts.update(id, form.displayName(), roles(form.roles()));
				redirect.addFlashAttribute("flashSuccess", "Saved " + account.getUsername() + ".");
				return "redirect:/admin/users";
			}
			catch (Refused ex) {
				errors.rejectValue(ex.refusal().field(), "account", ex.refusal().message());
			}
		}
		model.addAttribute("account", view(account));
		return "identity/user-edit";
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		String message;
		boolean failed = false;
		try {
			UserAccount account = this.accounts.setEnabled(id, enabled);
			message = (enabled ? "Enabled " : "Disabled ") + account.getUsername() + ".";
		}
		catch (Refused ex) {
			message = ex.getMessage();
			failed = true;
		}
		if (htmx != null) {
			UserAccount account = this.accounts.find(id)
				.orElseThrow(() -> Refusal.missing("No user account with id " + id).refused());
			model.addAttribute("account", view(account));
			model.addAttribute(failed ? "rowError" : "rowMessage", message);
			return "identity/users :: row";
		}
		redirect.addFlashAttribute(failed ? "flashError" : "flashSuccess", message);
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		UserAccount account = this.accounts.unlock(id);
		redirect.addFlashAttribute("flashSuccess", "Unlocked " + account.getUsername() + ".");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password,
			RedirectAttributes redirect) {
		try {
			UserAccount account = this.accounts.resetPassword(id, password);
			redirect.addFlashAttribute("flashSuccess",
					"Set a new password for " + account.getUsername() + "; their open sessions were ended.");
		}
		catch (Refused ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/admin/users/" + id;
	}

	private AccountView view(UserAccount account) {
		return AccountView.of(account, this.clock.instant());
	}

	private static Set<Role> roles(Set<Role> chosen) {
		return (chosen == null || chosen.isEmpty()) ? Set.of() : EnumSet.copyOf(chosen);
	}

}
