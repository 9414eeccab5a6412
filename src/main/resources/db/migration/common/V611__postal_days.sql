-- Days a letter takes to reach a country, set by staff where it differs from the default
-- (ua.channels.postal-days): with fewer days left, the UA page leads with faster channels.
create table postal_days (
    country varchar(100) primary key,
    days integer not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(320)
);
