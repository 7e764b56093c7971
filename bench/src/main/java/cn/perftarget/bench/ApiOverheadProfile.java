package cn.perftarget.bench;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.Accounts;
import cn.perftarget.workflow.apiclient.IdempotencyKeys;
import cn.perftarget.workflow.apiclient.StoredResponse;
import cn.perftarget.workflow.apiclient.TokenAuthentication;
import cn.perftarget.workflow.apiclient.TokenHash;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.inbox.InboxFilter;
import cn.perftarget.workflow.inbox.InboxQuery;
import cn.perftarget.workflow.inbox.InboxTab;
import cn.perftarget.workflow.inbox.PageRequest;
import cn.perftarget.workflow.inbox.SortKey;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * Where the API's time goes beside the service it calls, each part measured on its own, the parts taking turns
 * call by call: an inbox search over HTTP and the same {@code InboxQuery.page} directly (the difference is what a
 * GET adds: HTTP, the filter chains, the token, JSON); the token lookup as the bearer filter makes it (hash, query,
 * the account read again); an idempotency key's claim and stored answer as the filter makes them for a POST (the claim before
 * the call, the answer stored after it); 认领 and 取消认领 of a task over HTTP (two POSTs with their keys) and through
 * {@code ApprovalService} directly. The table is submitted, so the search finds its one task, as in the review.
 */
final class ApiOverheadProfile {

    /** Milliseconds per part. */
    record Result(
            int calls,
            Samples.Summary inboxOverHttp,
            Samples.Summary inboxDirectly,
            Samples.Summary tokenLookup,
            Samples.Summary idempotencyClaimAndStore,
            Samples.Summary claimUnclaimOverHttp,
            Samples.Summary claimUnclaimDirectly) {}

    private final HttpApiReviewRound http;
    private final InboxQuery inbox;
    private final TokenAuthentication tokens;
    private final Accounts accounts;
    private final IdempotencyKeys keys;
    private final ApprovalService approvals;

    ApiOverheadProfile(
            HttpApiReviewRound http,
            InboxQuery inbox,
            TokenAuthentication tokens,
            Accounts accounts,
            IdempotencyKeys keys,
            ApprovalService approvals) {
        this.approvals = approvals;
        this.http = http;
        this.inbox = inbox;
        this.tokens = tokens;
        this.accounts = accounts;
        this.keys = keys;
    }

    /** A submitted table and the department reviewer whose inbox has it. */
    record Probe(AppUser reviewer, String projectCode) {}

    /**
     * @param probes tables of different departments, taken in turn, so that no reviewer's calls exceed the API's
     *     rate limit (30 a second after a burst)
     */
    Result run(java.util.List<Probe> probes, int warmup, int calls) {
        Samples overHttp = new Samples();
        Samples directly = new Samples();
        Samples token = new Samples();
        Samples idempotency = new Samples();
        Samples claimOverHttp = new Samples();
        Samples claimDirectly = new Samples();
        java.util.List<String> tasks = probes.stream()
                .map(p -> inbox.page(
                                p.reviewer(),
                                InboxTab.OPEN,
                                InboxFilter.NONE.withText(p.projectCode()),
                                new PageRequest(0, 50, SortKey.DUE_DATE, false))
                        .rows()
                        .get(0)
                        .taskId())
                .toList();
        byte[] answer = "{\"table_id\":1,\"action\":\"PASS\"}".getBytes(StandardCharsets.UTF_8);
        for (int i = -warmup; i < calls; i++) {
            int k = Math.floorMod(i, probes.size());
            AppUser reviewer = probes.get(k).reviewer();
            String projectCode = probes.get(k).projectCode();
            String task = tasks.get(k);
            String bearer = http.token(reviewer.username());
            long t0 = System.nanoTime();
            http.inboxSearch(reviewer.username(), projectCode);
            long t1 = System.nanoTime();
            inbox.page(
                    reviewer,
                    InboxTab.OPEN,
                    InboxFilter.NONE.withText(projectCode),
                    new PageRequest(0, 50, SortKey.DUE_DATE, false));
            long t2 = System.nanoTime();
            tokens.owner(bearer).flatMap(o -> accounts.find(o.username())).orElseThrow();
            long t3 = System.nanoTime();
            String key = UUID.randomUUID().toString();
            IdempotencyKeys.Fresh claim = (IdempotencyKeys.Fresh) keys.claim(reviewer.id(), key, TokenHash.sha256(key));
            keys.runAndComplete(
                    reviewer.id(), key, claim, () -> new StoredResponse(200, "application/json", Map.of(), answer));
            long t4 = System.nanoTime();
            http.post(reviewer.username(), "/tasks/" + task + "/claim", null);
            http.post(reviewer.username(), "/tasks/" + task + "/unclaim", null);
            long t5 = System.nanoTime();
            approvals.claim(reviewer, task);
            approvals.unclaim(reviewer, task);
            long t6 = System.nanoTime();
            if (i >= 0) {
                claimOverHttp.add(t5 - t4);
                claimDirectly.add(t6 - t5);
                overHttp.add(t1 - t0);
                directly.add(t2 - t1);
                token.add(t3 - t2);
                idempotency.add(t4 - t3);
            }
        }
        return new Result(
                calls,
                overHttp.summary(),
                directly.summary(),
                token.summary(),
                idempotency.summary(),
                claimOverHttp.summary(),
                claimDirectly.summary());
    }
}
