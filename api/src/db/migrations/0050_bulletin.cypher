// Bulletin board: notices and their revisions.
CREATE CONSTRAINT notice_id IF NOT EXISTS FOR (n:Notice) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT notice_revision_id IF NOT EXISTS FOR (r:NoticeRevision) REQUIRE r.id IS UNIQUE;
CREATE INDEX notice_publish_at IF NOT EXISTS FOR (n:Notice) ON (n.publishAt);
CREATE FULLTEXT INDEX notice_text IF NOT EXISTS FOR (n:Notice) ON EACH [n.title, n.body] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
