// Unique ids for every entity the API addresses by id or code.
CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE;
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE;
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (u:User) REQUIRE u.email IS UNIQUE;
CREATE CONSTRAINT session_token_hash IF NOT EXISTS FOR (s:Session) REQUIRE s.tokenHash IS UNIQUE;
CREATE CONSTRAINT session_id IF NOT EXISTS FOR (s:Session) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT coordinator_id IF NOT EXISTS FOR (c:Coordinator) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT partner_id IF NOT EXISTS FOR (p:Partner) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT prefecture_code IF NOT EXISTS FOR (p:Prefecture) REQUIRE p.code IS UNIQUE;
CREATE CONSTRAINT block_code IF NOT EXISTS FOR (b:RegionalBlock) REQUIRE b.code IS UNIQUE;
CREATE CONSTRAINT bureau_code IF NOT EXISTS FOR (b:Bureau) REQUIRE b.code IS UNIQUE;
CREATE CONSTRAINT domain_code IF NOT EXISTS FOR (d:SupportDomain) REQUIRE d.code IS UNIQUE;
CREATE CONSTRAINT language_code IF NOT EXISTS FOR (l:Language) REQUIRE l.code IS UNIQUE;
CREATE CONSTRAINT status_code IF NOT EXISTS FOR (s:StatusOfResidence) REQUIRE s.code IS UNIQUE;
CREATE CONSTRAINT partner_kind_code IF NOT EXISTS FOR (k:PartnerKind) REQUIRE k.code IS UNIQUE;
CREATE CONSTRAINT nationality_name IF NOT EXISTS FOR (n:Nationality) REQUIRE n.nameEn IS UNIQUE;
