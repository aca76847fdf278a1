/**
 * Personal access tokens: how machines (the ML platform, pipelines, Alertmanager) call the API as a person. Other
 * modules use {@link io.cyclewise.token.PersonalAccessTokens#authenticate(String)} only.
 */
package io.cyclewise.token;
