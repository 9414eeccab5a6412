-- H2 has no full-text index that matches PostgreSQL's; its searches scan with LIKE.
-- This migration keeps both histories at the same versions.
select 1;
