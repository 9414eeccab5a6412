-- A case holds one document per sequence number. Documents that already share a place
-- (the second and further ones, by id) are moved out of the 1-99 range (2 becomes 102,
-- 202 ...), where staff see them and must give them a free number before saving again.
update ua_document d
set sequence = d.sequence + 100 * (
    select count(*) from ua_document o where o.case_id = d.case_id and o.sequence = d.sequence and o.id < d.id)
where exists (
    select 1 from ua_document o where o.case_id = d.case_id and o.sequence = d.sequence and o.id < d.id);

drop index ua_document_case;
alter table ua_document add constraint ua_document_case_sequence_unique unique (case_id, sequence);
