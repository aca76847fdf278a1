package io.cyclewise.user;

import java.util.Set;

/** An administrator added a person (published after the person was stored). */
public record UserCreated(String username, Set<Role> roles) {
}
