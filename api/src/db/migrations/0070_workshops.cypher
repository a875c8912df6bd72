// Case-study workshops, case materials and the knowledge base (docs/workshops.md).
CREATE CONSTRAINT workshop_id IF NOT EXISTS FOR (w:Workshop) REQUIRE w.id IS UNIQUE;
CREATE INDEX workshop_starts_at IF NOT EXISTS FOR (w:Workshop) ON (w.startsAt);
CREATE CONSTRAINT workshop_group_id IF NOT EXISTS FOR (g:WorkshopGroup) REQUIRE g.id IS UNIQUE;
CREATE CONSTRAINT case_material_id IF NOT EXISTS FOR (m:CaseMaterial) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT material_access_id IF NOT EXISTS FOR (a:MaterialAccess) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT knowledge_insight_id IF NOT EXISTS FOR (i:KnowledgeInsight) REQUIRE i.id IS UNIQUE;
CREATE INDEX knowledge_insight_created_at IF NOT EXISTS FOR (i:KnowledgeInsight) ON (i.createdAt);
CREATE FULLTEXT INDEX knowledge_text IF NOT EXISTS FOR (i:KnowledgeInsight) ON EACH [i.title, i.lesson] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
