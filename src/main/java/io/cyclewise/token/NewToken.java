package io.cyclewise.token;

/** A token to create: what its owner calls it, what it may do, and for how many days it is valid. */
public record NewToken(String name, TokenAccess access, int validForDays) {
}
