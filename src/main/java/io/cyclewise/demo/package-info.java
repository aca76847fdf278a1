/** The demo users and portfolio loaded once into an empty database. */
package io.cyclewise.demo;
