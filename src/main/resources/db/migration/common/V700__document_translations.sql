-- The language a document is written in (its original), and translations of its text
-- fields, one per language: each a draft until it is published, and published or
-- withdrawn on its own.
alter table ua_document add column language varchar(20) default 'en' not null;
-- documents imported before know the language their file was written in
update ua_document set language = (
    select max(f.language) from imported_file f where f.document_id = ua_document.id)
where exists (select 1 from imported_file f where f.document_id = ua_document.id and f.language is not null);

create table ua_translation (
    document_id bigint not null references ua_document (id) on delete cascade,
    language varchar(20) not null,
    status varchar(20) not null,
    title varchar(300) not null,
    summary varchar(10000),
    letter varchar(50000),
    additional_information varchar(100000),
    -- the persons' descriptions (pronouns) in the document's order, one a line
    person_pronouns varchar(2000),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    published_at timestamp with time zone,
    primary key (document_id, language),
    constraint ua_translation_status_check check (status in ('DRAFT', 'PUBLISHED'))
);

-- A target's salutation in the translation's language; goes with its target.
create table ua_translation_salutation (
    document_id bigint not null,
    language varchar(20) not null,
    target_id bigint not null references ua_target (id) on delete cascade,
    salutation varchar(300) not null,
    primary key (document_id, language, target_id),
    constraint ua_translation_salutation_translation foreign key (document_id, language)
        references ua_translation (document_id, language) on delete cascade
);
