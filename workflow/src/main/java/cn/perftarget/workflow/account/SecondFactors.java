package cn.perftarget.workflow.account;

import cn.perftarget.domain.account.AccountRepository;
import cn.perftarget.domain.account.AccountState;
import cn.perftarget.domain.account.SecretSealer;
import cn.perftarget.domain.account.Totp;
import java.time.Instant;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/** Checks a code against an account's sealed secret and takes its time step as used, so that no code works twice. */
@Component
class SecondFactors {

    private final AccountRepository accounts;
    private final SecretSealer sealer;
    private final Totp totp;

    SecondFactors(AccountRepository accounts, SecretSealer sealer, Totp totp) {
        this.accounts = accounts;
        this.sealer = sealer;
        this.totp = totp;
    }

    boolean accept(AccountState account, String code, Instant now) {
        String sealed = account.sealedSecret();
        if (sealed == null) {
            return false;
        }
        OptionalLong step = totp.matches(sealer.open(account.username(), sealed), code, now);
        return step.isPresent() && accounts.useStep(account.username(), step.getAsLong());
    }
}
