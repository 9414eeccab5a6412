-- National sections: each brings the network's UAs to the activists of its countries,
-- with its own office, mail sender, copy targets and note per document.
create table national_section (
    code varchar(10) not null,
    name varchar(200) not null,
    -- language codes, comma-separated ("en,es")
    languages varchar(200) not null,
    office_name varchar(200),
    -- the office's postal address, one line per line
    office_address varchar(1000),
    office_email varchar(320),
    office_url varchar(500),
    office_phone varchar(60),
    sender_name varchar(200),
    sender_postal_address varchar(1000),
    updated_at timestamp with time zone not null,
    constraint national_section_pk primary key (code)
);

-- A country is served by at most one section, so that the sections' totals add up.
create table national_section_country (
    country varchar(2) not null,
    section_code varchar(10) not null references national_section (code) on delete cascade,
    constraint national_section_country_pk primary key (country)
);
create index national_section_country_section on national_section_country (section_code);

-- A section's version of a document: its copy targets (JSON array of targets) and note.
create table section_version (
    document_id bigint not null references ua_document (id),
    section_code varchar(10) not null references national_section (code) on delete cascade,
    copy_targets varchar(100000) not null,
    note varchar(10000),
    updated_at timestamp with time zone not null,
    updated_by varchar(320) not null,
    constraint section_version_pk primary key (document_id, section_code)
);
create index section_version_section on section_version (section_code);

-- Staff of one section (null: staff of the whole network, as before).
alter table staff_account add column section_code varchar(10);
