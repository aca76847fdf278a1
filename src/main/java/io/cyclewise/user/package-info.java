/** People who sign in, their roles, and the administrators' page to manage them. */
package io.cyclewise.user;
