package cn.perftarget.workflow.apiclient;

import org.jspecify.annotations.Nullable;

/**
 * Whose a valid bearer token is.
 *
 * @param username   the account that acts: the client's technical account, or the person
 * @param clientId   the API client, null for a personal token
 * @param clientName the API client's name, null for a personal token
 */
public record TokenOwner(
        long tokenId,
        long userId,
        String username,
        @Nullable Long clientId,
        @Nullable String clientName) {

    /** For logs: "client 一体化 (api-yitihua)" or the username. */
    public String describe() {
        return clientName == null ? username : "client " + clientName + " (" + username + ")";
    }
}
