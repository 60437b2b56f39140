-- Every API request and sign-in attempt updates a rate-limit counter. Logged, each of those commits
-- waits for a WAL flush; unlogged, the commit is asynchronous and costs a fraction. What an unlogged
-- table gives up is fine for counters in a window of minutes: after a crash of PostgreSQL they start
-- again from zero, and they are not copied to replicas (a promoted replica starts its windows afresh).
ALTER TABLE "RateLimit" SET UNLOGGED;
