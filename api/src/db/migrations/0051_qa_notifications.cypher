// Q&A board, notifications and personal feed tokens.
CREATE CONSTRAINT qa_post_id IF NOT EXISTS FOR (p:QaPost) REQUIRE p.id IS UNIQUE;
CREATE INDEX qa_thread_activity IF NOT EXISTS FOR (t:QaThread) ON (t.lastActivityAt);
CREATE CONSTRAINT notification_id IF NOT EXISTS FOR (n:Notification) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT feed_token_hash IF NOT EXISTS FOR (f:FeedToken) REQUIRE f.tokenHash IS UNIQUE;
