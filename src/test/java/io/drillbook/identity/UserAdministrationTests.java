package io.drillbook.identity;

import java.util.Set;

import jakarta.servlet.http.Cookie;

import io.drillbook.DrillbookTest;
import io.drillbook.system.Refused;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DrillbookTest
class UserAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorCreatesAnOperatorWhoCanThenSignIn() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(admin())
				.with(csrf())
				.param("username", "Olivia.Ops")
				.param("displayName", "Olivia Ops")
				.param("password", "olivia-password-1")
				.param("roles", "OPERATOR"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/users"));

		UserAccount olivia = this.accounts.findByUsername("olivia.ops").orElseThrow();
		assertThat(olivia.getRoles()).containsExactly(Role.OPERATOR);
		assertThat(olivia.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("olivia-password-1");

		this.mvc.perform(formLogin().user("olivia.ops").password("olivia-password-1")).andExpect(redirectedUrl("/"));
	}

	@Test
	void invalidInputIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(admin())
				.with(csrf())
				.param("username", "bad name!")
				.param("displayName", "")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "username", "displayName", "roles"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Choose at least one role.")));

		this.mvc
			.perform(post("/admin/users").with(admin())
				.with(csrf())
				.param("username", "short-password")
				.param("displayName", "Short Password")
				.param("password", "short")
				.param("roles", "AUDITOR"))
			.andExpect(model().attributeHasFieldErrors("form", "password"));
		assertThat(this.accounts.findByUsername("short-password")).isEmpty();
	}

	@Test
	void aTakenUsernameIsReported() throws Exception {
		this.accounts.create("taken", "Taken", "taken-password-1", Set.of(Role.AUDITOR));
		this.mvc
			.perform(post("/admin/users").with(admin())
				.with(csrf())
				.param("username", "TAKEN")
				.param("displayName", "Another")
				.param("password", "another-password-1")
				.param("roles", "ARCHITECT"))
			.andExpect(model().attributeHasFieldErrors("form", "username"));
		assertThat(this.accounts.findByUsername("taken").orElseThrow().getRoles()).containsExactly(Role.AUDITOR);
	}

	@Test
	void theLastEnabledAdministratorCannotBeDisabledOrLoseTheRole() {
		long admins = this.jdbc.queryForObject(
				"select count(*) from user_account a join user_role r on r.user_id = a.id where a.enabled and r.role = 'ADMIN'",
				Long.class);
		UserAccount admin = this.accounts.findByUsername("admin").orElseThrow();
		if (admins == 1) {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.accounts.setEnabled(admin.getId(), false))
				.isInstanceOf(Refused.class)
				.hasMessageContaining("At least one enabled administrator");
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> this.accounts.update(admin.getId(), "Administrator", Set.of(Role.AUDITOR)))
				.isInstanceOf(Refused.class);
			assertThat(this.accounts.findByUsername("admin").orElseThrow().getRoles()).containsExactly(Role.ADMIN);
			assertThat(this.accounts.findByUsername("admin").orElseThrow().isEnabled()).isTrue();
		}
		UserAccount second = this.accounts.create("second-admin", "Second", "second-admin-pass", Set.of(Role.ADMIN));
		this.accounts.setEnabled(second.getId(), false);
		assertThat(this.accounts.findByUsername("second-admin").orElseThrow().isEnabled()).isFalse();
	}

	@Test
	void aDisabledAccountCannotSignInAndLosesItsSessions() throws Exception {
		UserAccount dora = this.accounts.create("dora", "Dora", "dora-password-1", Set.of(Role.AUDITOR));
		MvcResult login = this.mvc.perform(formLogin().user("dora").password("dora-password-1"))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).as("Spring Session's cookie").isNotNull();
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = 'dora'",
				Long.class))
			.as("the session is stored in PostgreSQL")
			.isOne();

		this.accounts.setEnabled(dora.getId(), false);

		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = 'dora'",
				Long.class))
			.isZero();
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isFound());
		this.mvc.perform(formLogin().user("dora").password("dora-password-1")).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void repeatedWrongPasswordsLockTheAccountUntilUnlocked() throws Exception {
		UserAccount lars = this.accounts.create("lars", "Lars", "lars-password-1", Set.of(Role.OPERATOR));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user("lars").password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin().user("lars").password("lars-password-1")).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/api/v1/me").with(httpBasic("lars", "lars-password-1")))
			.andExpect(status().isUnauthorized());

		this.mvc.perform(post("/admin/users/" + lars.getId() + "/unlock").with(admin()).with(csrf()))
			.andExpect(status().isFound());

		this.mvc.perform(formLogin().user("lars").password("lars-password-1")).andExpect(redirectedUrl("/"));
	}

	@Test
	void changingRolesTakesEffectAndIsVisibleThroughTheApi() throws Exception {
		UserAccount ari = this.accounts.create("ari", "Ari", "ari-password-1", Set.of(Role.OPERATOR));
		this.mvc
			.perform(post("/admin/users/" + ari.getId()).with(admin())
				.with(csrf())
				.param("displayName", "Ari Architect")
				.param("roles", "ARCHITECT", "AUDITOR"))
			.andExpect(redirectedUrl("/admin/users"));

		this.mvc.perform(get("/api/v1/me").with(httpBasic("ari", "ari-password-1")))
			.andExpect(status().isOk())
			.andExpect(content().json(
					"{\"username\":\"ari\",\"displayName\":\"Ari Architect\",\"roles\":[\"ARCHITECT\",\"AUDITOR\"]}"));
	}

	@Test
	void theApiListsAccountsWithoutPasswordHashes() throws Exception {
		String body = this.mvc.perform(get("/api/v1/users").with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("\"username\":\"admin\"").doesNotContainIgnoringCase("password");
	}

	@Test
	void administratorsCreateAccountsOverTheApiAndBadFieldsAreNamed() throws Exception {
		this.mvc
			.perform(post("/api/v1/users").with(admin())
				.with(csrf())
				.contentType("application/json")
				.content("{\"username\":\"api-made\",\"name\":\"Api Made\",\"password\":\"api-made-password\","
						+ "\"roles\":[\"OPERATOR\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.roles[0]").value("OPERATOR"));
		this.mvc.perform(post("/api/v1/users").with(admin())
			.with(csrf())
			.contentType("application/json")
			.content("{\"username\":\"api-short\",\"name\":\"Short\",\"password\":\"short\",\"roles\":[\"OPERATOR\"]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("password"));
		this.mvc
			.perform(post("/api/v1/users").with(user("ari").roles("ARCHITECT"))
				.with(csrf())
				.contentType("application/json")
				.content("{}"))
			.andExpect(status().isForbidden());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
