/**
 * The pages and handling that belong to no one module: the dashboard, the API
 * description, and the refusal of unreadable or unprintable requests. Uses the modules
 * whose state the dashboard shows.
 */
@ApplicationModule(displayName = "Web", allowedDependencies = { "topology", "drill", "identity", "system" })
package io.drillbook.web;

import org.springframework.modulith.ApplicationModule;
