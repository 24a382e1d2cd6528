package io.drillbook.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import io.drillbook.DrillbookTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every route the application serves, read from its handler mappings, against the access
 * each role should have. A new route without an expectation here fails the build, so no
 * page or endpoint can appear without someone deciding who may use it.
 */
@DrillbookTest
class SecurityMatrixTests {

	private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

	private static final Set<Role> NOBODY_NEEDS_A_LOGIN = Set.of();

	/** Most specific pattern first: the first match decides. */
	private static final List<Expectation> EXPECTATIONS = List.of(new Expectation("/login", NOBODY_NEEDS_A_LOGIN),
			new Expectation("/error", NOBODY_NEEDS_A_LOGIN), new Expectation("/admin/**", Set.of(Role.ADMIN)),
			new Expectation("/api/v1/users/**", Set.of(Role.ADMIN)),
			new Expectation("/api/v1/audit/**", Set.of(Role.AUDITOR, Role.ADMIN)),
			new Expectation("/audit", Set.of(Role.AUDITOR, Role.ADMIN)),
			new Expectation("/audit/**", Set.of(Role.AUDITOR, Role.ADMIN)),
			new Expectation(HttpMethod.GET, "/api/**", EVERYONE),
			new Expectation("/api/v1/environments/**", Set.of(Role.ARCHITECT)),
			new Expectation("/api/v1/policy", Set.of(Role.ARCHITECT)),
			new Expectation(HttpMethod.POST, "/api/v1/drills/*/sign-off", Set.of(Role.OPERATOR, Role.ARCHITECT)),
			new Expectation("/api/v1/drills/**", Set.of(Role.OPERATOR)), new Expectation("/api/**", EVERYONE),
			new Expectation(HttpMethod.GET, "/environments/new", Set.of(Role.ARCHITECT)),
			new Expectation(HttpMethod.GET, "/environments/import/**", Set.of(Role.ARCHITECT)),
			new Expectation(HttpMethod.GET, "/environments/import", Set.of(Role.ARCHITECT)),
			new Expectation(HttpMethod.GET, "/environments/*/components/new", Set.of(Role.ARCHITECT)),
			new Expectation(HttpMethod.GET, "/environments", EVERYONE),
			new Expectation(HttpMethod.GET, "/environments/**", EVERYONE),
			new Expectation("/environments", Set.of(Role.ARCHITECT)),
			new Expectation("/environments/**", Set.of(Role.ARCHITECT)),
			new Expectation(HttpMethod.GET, "/rules", EVERYONE), new Expectation(HttpMethod.GET, "/policy", EVERYONE),
			new Expectation(HttpMethod.POST, "/policy", Set.of(Role.ARCHITECT)),
			new Expectation("/runbooks/check", EVERYONE),
			new Expectation(HttpMethod.POST, "/drills/*/sign-off", Set.of(Role.OPERATOR, Role.ARCHITECT)),
			new Expectation(HttpMethod.POST, "/drills/*/corrections", Set.of(Role.OPERATOR, Role.ARCHITECT)),
			new Expectation(HttpMethod.POST, "/drills/findings/*/done", EVERYONE),
			new Expectation(HttpMethod.GET, "/drills/new", Set.of(Role.OPERATOR)),
			new Expectation(HttpMethod.POST, "/drills", Set.of(Role.OPERATOR)),
			new Expectation(HttpMethod.POST, "/drills/**", Set.of(Role.OPERATOR)),
			new Expectation(HttpMethod.GET, "/drills", EVERYONE),
			new Expectation(HttpMethod.GET, "/drills/**", EVERYONE), new Expectation("/v3/api-docs*", EVERYONE),
			new Expectation("/v3/api-docs/**", EVERYONE), new Expectation("/swagger-ui.html", EVERYONE),
			new Expectation("/", EVERYONE));

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	UserAccounts accounts;

	@BeforeEach
	void onePersonPerRole() {
		for (Role role : Role.values()) {
			String username = username(role);
			if (this.accounts.findByUsername(username).isEmpty()) {
				this.accounts.create(username, "Matrix " + role.title(), "matrix-password-" + role, Set.of(role));
			}
		}
	}

	@Test
	void everyRouteHasAnAccessExpectation() {
		List<String> missing = routes().stream()
			.filter((route) -> expectationFor(route) == null)
			.map(Route::toString)
			.toList();
		assertThat(missing).as("routes without an entry in EXPECTATIONS").isEmpty();
	}

	@Test
	void withoutLoginPagesRedirectToTheLoginPageAndTheApiAnswers401Json() throws Exception {
		List<String> failures = new ArrayList<>();
		for (Route route : routes()) {
			Expectation expectation = expectationFor(route);
			if (expectation == null || expectation.isPublic()) {
				continue;
			}
			MvcResult result = this.mvc.perform(request(route).with(csrf())).andReturn();
			int status = result.getResponse().getStatus();
			if (route.isApi()) {
				if (status != 401 || !String.valueOf(result.getResponse().getContentType()).contains("json")) {
					failures.add(route + " answered " + status + " " + result.getResponse().getContentType());
				}
			}
			else if (status != 302 || !String.valueOf(result.getResponse().getRedirectedUrl()).endsWith("/login")) {
				failures.add(route + " answered " + status + " -> " + result.getResponse().getRedirectedUrl());
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void eachRoleReachesExactlyWhatItShould() throws Exception {
		List<String> failures = new ArrayList<>();
		for (Route route : routes()) {
			Expectation expectation = expectationFor(route);
			if (expectation == null) {
				continue;
			}
			for (Role role : Role.values()) {
				boolean allowed = expectation.isPublic() || expectation.roles().contains(role);
				int status = this.mvc.perform(request(route).with(user(username(role)).roles(role.name())).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
				if (allowed && (status == 401 || status == 403)) {
					failures.add(role + " should reach " + route + " but got " + status);
				}
				if (!allowed && status != 403) {
					failures.add(role + " should be refused " + route + " but got " + status);
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void healthIsPublicAndOtherActuatorEndpointsAreForAdministrators() throws Exception {
		assertThat(status("/actuator/health", null)).isEqualTo(200);
		for (String endpoint : List.of("/actuator/info", "/actuator/prometheus")) {
			assertThat(status(endpoint, null)).as(endpoint + " without login").isEqualTo(302);
			for (Role role : Role.values()) {
				assertThat(status(endpoint, role)).as(endpoint + " as " + role)
					.isEqualTo(role == Role.ADMIN ? 200 : 403);
			}
		}
	}

	@Test
	void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
		int status = this.mvc
			.perform(MockMvcRequestBuilders.post("/admin/users")
				.with(user(username(Role.ADMIN)).roles("ADMIN"))
				.param("username", "no-token")
				.param("displayName", "No Token")
				.param("password", "long-enough-password")
				.param("roles", "OPERATOR"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(403);
		assertThat(this.accounts.findByUsername("no-token")).isEmpty();
	}

	@Test
	void onlyRealBasicCredentialsExcuseAnApiWriteFromTheCsrfToken() throws Exception {
		String body = "{\"username\":\"no-token-api\",\"name\":\"No Token\",\"password\":\"long-enough-password\","
				+ "\"roles\":[\"OPERATOR\"]}";
		for (String header : new String[] { "Bearer made-up", "Negotiate abc", "Basic", "Basic !!!" }) {
			int status = this.mvc
				.perform(MockMvcRequestBuilders.post("/api/v1/users")
					.with(user(username(Role.ADMIN)).roles("ADMIN"))
					.header("Authorization", header)
					.contentType("application/json")
					.content(body))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as("a signed-in session sending 'Authorization: %s' without a token", header)
				.isIn(401, 403);
		}
		assertThat(this.accounts.findByUsername("no-token-api")).isEmpty();

		String basic = java.util.Base64.getEncoder()
			.encodeToString((username(Role.ADMIN) + ":matrix-password-ADMIN").getBytes(StandardCharsets.UTF_8));
		int status = this.mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/users")
				.header("Authorization", "Basic " + basic)
				.contentType("application/json")
				.content(body))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("a script that authenticates with Basic").isEqualTo(201);
	}

	@Test
	void pagesOnlyRunTheApplicationsOwnScriptsAndStyles() throws Exception {
		String policy = this.mvc.perform(MockMvcRequestBuilders.get("/login"))
			.andReturn()
			.getResponse()
			.getHeader("Content-Security-Policy");
		assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self';",
				"frame-ancestors 'none'");
		assertThat(policy).doesNotContain("unsafe");
	}

	private int status(String path, Role role) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
		if (role != null) {
			request.with(user(username(role)).roles(role.name()));
		}
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private List<Route> routes() {
		Set<Route> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.handlerMapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add(new Route(HttpMethod.GET, pattern));
				}
				methods.forEach((method) -> routes.add(new Route(method.asHttpMethod(), pattern)));
			}
		}
		assertThat(routes).as("the handler mappings list the application's routes").isNotEmpty();
		return List.copyOf(routes);
	}

	private static MockHttpServletRequestBuilder request(Route route) {
		// Path variables get a value no record has: access is decided before the lookup.
		String path = route.path().replaceAll("\\{[^}]+}", "999999");
		return MockMvcRequestBuilders.request(route.method(), path);
	}

	private static Expectation expectationFor(Route route) {
		return EXPECTATIONS.stream()
			.filter((e) -> (e.method() == null || e.method().equals(route.method()))
					&& PATHS.match(e.pattern(), route.path()))
			.findFirst()
			.orElse(null);
	}

	private static String username(Role role) {
		return "matrix-" + role.name().toLowerCase(Locale.ROOT);
	}

	record Route(HttpMethod method, String path) implements Comparable<Route> {

		boolean isApi() {
			return this.path.startsWith("/api/");
		}

		@Override
		public int compareTo(Route other) {
			return toString().compareTo(other.toString());
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	record Expectation(HttpMethod method, String pattern, Set<Role> roles) {

		Expectation(String pattern, Set<Role> roles) {
			this(null, pattern, roles);
		}

		boolean isPublic() {
			return this.roles.isEmpty();
		}

	}

}
