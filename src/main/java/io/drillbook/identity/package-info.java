/**
 * Accounts, roles, sign-in, lockout, sessions and the security rules every page and API
 * is served under. Uses no other module.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {})
package io.drillbook.identity;

import org.springframework.modulith.ApplicationModule;
