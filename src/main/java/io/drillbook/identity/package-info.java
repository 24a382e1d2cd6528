/**
 * Accounts, roles, sign-in, lockout, sessions and the security rules every page and API
 * is served under. Uses only the shared helpers of system.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = "system")
package io.drillbook.identity;

import org.springframework.modulith.ApplicationModule;
