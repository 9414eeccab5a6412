-- Reports a section collected offline (e.g. letters signed at an event) and entered for its
-- activists: the report itself counts like any other (action_report); this marks it.
create table section_collected_report (
    report_id bigint not null references action_report (id),
    section_code varchar(10) not null,
    event varchar(300),
    recorded_by varchar(320) not null,
    recorded_at timestamp with time zone not null,
    constraint section_collected_report_pk primary key (report_id)
);
create index section_collected_report_section on section_collected_report (section_code);
