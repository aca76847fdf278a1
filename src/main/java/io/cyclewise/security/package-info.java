/** Sign-in, sign-out, CSRF and URL-level role rules. */
package io.cyclewise.security;
