-- Full-text search of published documents (PostgreSQL only; H2 searches with LIKE).
create index ua_document_search on ua_document using gin (
    to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(country, '')
        || ' ' || coalesce(ua_number, '') || ' ' || coalesce(additional_information, ''))
);
