/**
 * The person entity, exposed only so that entities of other modules (an initiative's lead, a finding's owner) can map
 * their association to it. Everything else uses {@link io.cyclewise.user.UserDirectory} and its records.
 */
@NamedInterface("account")
package io.cyclewise.user.account;

import org.springframework.modulith.NamedInterface;
