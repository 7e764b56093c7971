package cn.perftarget.workflow.apiclient;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose a bearer token is: a token not revoked, not expired, not of a revoked client. The account it names is read
 * again by every service call ({@code ServiceGate}), so a disabled account is refused there like a person's.
 */
@Service
public class TokenAuthentication {

    private final ApiTokenStore store;
    private final Clock clock;

    TokenAuthentication(ApiTokenStore store, ObjectProvider<Clock> clock) {
        this.store = store;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @Transactional
    public Optional<TokenOwner> owner(String token) {
        if (token == null || !token.startsWith(TokenHash.PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<TokenOwner> owner = store.valid(TokenHash.sha256(token), now);
        owner.ifPresent(o -> store.touch(o.tokenId(), now));
        return owner;
    }
}
