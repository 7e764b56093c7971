package cn.perftarget.workflow.apiclient;

import java.time.Instant;

/**
 * A token just issued: the only moment its text exists outside the caller; only its SHA-256 is stored.
 *
 * @param tokenId   the stored token's id (for revoking it)
 * @param token     the bearer token, shown once
 * @param expiresAt when it stops working
 */
public record IssuedToken(long tokenId, String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedToken[" + tokenId + ", expires " + expiresAt + "]";
    }
}
