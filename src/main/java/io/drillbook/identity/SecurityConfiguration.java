package io.drillbook.identity;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may reach what. Everything needs a login except the login page, static assets and
 * the health check; the JSON API answers 401 and 403 in JSON instead of redirecting.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	// Only the application's own scripts and styles run: no inline code, no third-party
	// origin.
	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
			"base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

	// Swagger UI injects one style element of its own; its scripts stay restricted.
	static final String API_BROWSER_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	static final String[] PUBLIC_PATHS = { "/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
			"/error", "/actuator/health", "/actuator/health/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, JsonSecurityErrors errors) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/v1/users/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/api/v1/audit/**")
				.hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
				.requestMatchers(HttpMethod.GET, "/api/**")
				.authenticated()
				.requestMatchers("/api/v1/environments/**", "/api/v1/policy", "/api/v1/policy/**")
				.hasRole(Role.ARCHITECT.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/drills/*/sign-off")
				.hasAnyRole(Role.OPERATOR.name(), Role.ARCHITECT.name())
				.requestMatchers("/api/v1/drills/**")
				.hasRole(Role.OPERATOR.name())
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(errors))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
			// Scripts and tools authenticate every request with HTTP Basic, credentials
			// that a browser never adds to a cross-site request on its own. Any other
			// Authorization header leaves the session cookie doing the authenticating, so
			// it needs the token like every request of a session.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(SecurityConfiguration::sendsBasicCredentials))
			.requestCache((cache) -> cache.disable())
			.headers(this::headers);
		return http.build();
	}

	// Kept whole: the access rules of every page read as one table, in the order they are
	// matched.
	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.requestMatchers("/admin/**", "/actuator/**")
			.hasRole(Role.ADMIN.name())
			// Auditors read the history and the audit log; administrators may too.
			.requestMatchers("/audit", "/audit/**")
			.hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
			// Everyone reads topology and asks "what if"; only architects change it,
			// and only they see the forms for it.
			.requestMatchers("/environments/new", "/environments/import", "/environments/import/**",
					"/environments/*/components/new")
			.hasRole(Role.ARCHITECT.name())
			.requestMatchers(HttpMethod.POST, "/policy")
			.hasRole(Role.ARCHITECT.name())
			.requestMatchers(HttpMethod.GET, "/environments/**")
			.authenticated()
			.requestMatchers("/environments/**")
			.hasRole(Role.ARCHITECT.name())
			// Operators run drills; a second operator or an architect signs them off and
			// corrects their records; a finding's owner, whatever their role, follows it
			// up.
			.requestMatchers(HttpMethod.POST, "/drills/*/sign-off", "/drills/*/corrections")
			.hasAnyRole(Role.OPERATOR.name(), Role.ARCHITECT.name())
			.requestMatchers(HttpMethod.POST, "/drills/findings/*/done")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/drills/new")
			.hasRole(Role.OPERATOR.name())
			.requestMatchers(HttpMethod.POST, "/drills", "/drills/**")
			.hasRole(Role.OPERATOR.name())
			.anyRequest()
			.authenticated())
			// A locked account gets the same answer as a wrong password, so that
			// the login page does not tell strangers which usernames exist.
			.formLogin((form) -> form.loginPage("/login").failureUrl("/login?error").permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			// Metrics scrapers send Basic credentials up front; people without a
			// session go to the login page, whatever their browser accepts.
			.httpBasic((basic) -> basic.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
			.headers(this::headers);
		return http.build();
	}

	static boolean sendsBasicCredentials(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6) && !header.substring(6).isBlank();
	}

	private void headers(HeadersConfigurer<HttpSecurity> headers) {
		RequestMatcher apiBrowser = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
		headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(apiBrowser),
					new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(apiBrowser,
					new ContentSecurityPolicyHeaderWriter(API_BROWSER_POLICY)))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frames) -> frames.deny())
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()"));
	}

}
