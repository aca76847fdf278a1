/** Where the data lives: the embedded PostgreSQL used when no external database is configured. */
package io.cyclewise.database;
