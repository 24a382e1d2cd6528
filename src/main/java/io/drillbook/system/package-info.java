/**
 * What runs under the modules: the embedded PostgreSQL with its data-directory lock, the
 * clock, and the check for printable text every module applies to what people write. Uses
 * no other module.
 */
@ApplicationModule(displayName = "System", allowedDependencies = {})
package io.drillbook.system;

import org.springframework.modulith.ApplicationModule;
