-- The language an imported document is written in (en, fr, es) and its AI Index, so that a
-- translation of a document imported before (same AI Index, another language) is recognised.
alter table imported_file add column language varchar(8);
alter table imported_file add column ai_index varchar(20);
create index imported_file_ai_index on imported_file (ai_index);
