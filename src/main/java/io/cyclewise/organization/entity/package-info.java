/**
 * The business unit entity, exposed only so that other modules' entities can map an association to it (an
 * initiative belongs to a unit). Everything else goes through {@link io.cyclewise.organization.BusinessUnits}.
 */
@NamedInterface("entity")
package io.cyclewise.organization.entity;

import org.springframework.modulith.NamedInterface;
