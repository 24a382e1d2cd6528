/**
 * Reading a CMDB export (configuration items with their business criticality, and the
 * relations between them) into the components and dependencies of an environment.
 */
package io.drillbook.topology.cmdb;
