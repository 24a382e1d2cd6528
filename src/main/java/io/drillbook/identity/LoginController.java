package io.drillbook.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; Spring Security handles the form post and sign-out.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}

}
