// Range indexes for the orderings and filters the directory and sign-in use.
CREATE INDEX partner_name IF NOT EXISTS FOR (p:Partner) ON (p.name);
CREATE INDEX partner_synthetic IF NOT EXISTS FOR (p:Partner) ON (p.synthetic);
CREATE INDEX coordinator_display_name IF NOT EXISTS FOR (c:Coordinator) ON (c.displayName);
CREATE INDEX user_display_name IF NOT EXISTS FOR (u:User) ON (u.displayName);
CREATE INDEX session_expires IF NOT EXISTS FOR (s:Session) ON (s.expiresAt);
