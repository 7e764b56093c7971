package cn.perftarget.bench;

import java.util.List;

/** How the data and the measurements were made: what a reader of the report must know to judge the figures. */
final class Notes {

    private Notes() {}

    static List<String> design() {
        return List.of(
                "Data: the 42 seed tables (/seeds/*.txt via PasteImporter) are the templates, varied in amount "
                        + "(×1…20), name and defects; submitted tables use only variants without ERROR findings "
                        + "(the server refuses others), drafts may carry the seeds' defects or one put in (blank 预算数, "
                        + "placeholder goals, no spending plan). 60 % belong to the current round (30 % drafts, "
                        + "20 % department review, 20 % fiscal review, 10 % returned, 20 % approved), 40 % to the "
                        + "previous round, approved before the system went live and taken over on the go-live day with "
                        + "their 批复 version and one system import entry, without a process instance.",
                "Process instances: drafts never submitted have none (a round starts at the first submission). Every "
                        + "other table has a real instance, driven by the engine with the service's variables: started "
                        + "(department review), claimed and completed with 通过 (routed by the DMN to the fiscal review) "
                        + "or 退回 (revise task), claimed and completed with 优 (ended at 已批复, with its history for "
                        + "the done tabs); 30 % of open reviews are claimed. The engine calls of a batch of 500 tables "
                        + "run in one command context (as a delegate's calls join their command), so the engine writes "
                        + "them in one flush of JDBC batches; every instance is then read back and must stand where its "
                        + "table says. Our rows (tables, revisions, rounds, hash-chained audit histories and heads) go "
                        + "in by COPY in the same transaction; the instance and revision ids are linked in one UPDATE "
                        + "per batch.",
                "Routing: the generator creates 10 sections and assigns department i to section i mod 10 in "
                        + "section_department, which the process's routing bean reads (the organisation is the one source "
                        + "of scope and routing). "
                        + "The region is 130311, which keeps the 2015 indicator framework the seed tables follow.",
                "Timestamps: audit entries, revisions and table times spread over the last 150 days (the previous "
                        + "round a year earlier); the engine's own timestamps (task creation) are the generation time. "
                        + "Open review tasks are due from 3 days ago to 7 days ahead, so some are overdue. The job "
                        + "executor is off so their timers do not fire while measuring.",
                "After each growth the harness runs VACUUM (ANALYZE), as autovacuum would soon after such a load, "
                        + "and a CHECKPOINT, so that the load is written out before the inbox is measured rather than "
                        + "by checkpoints running during the measurement; inbox figures are for a warm cache (the "
                        + "whole database fits in memory at 100,000 tables).",
                "The embedded PostgreSQL of the run is in a kept (temporary) data folder, so it runs as in "
                        + "production: fsync and synchronous_commit on; the insert limit is measured under the same "
                        + "setting.",
                "Statement counts: connections taken while counting come through datasource-proxy; all other "
                        + "measurements use the pool's connections directly.");
    }
}
