-- An import is checked and previewed first, then applied all at once when the architect
-- confirms; the checked result waits here, so any instance can apply it.
create table pending_import (
    id              uuid         primary key,
    created_at      timestamptz  not null,
    created_by      varchar(64)  not null,
    source          varchar(200) not null,
    environment_key varchar(64)  not null,
    name            varchar(200) not null,
    description     text         not null default '',
    base_revision   bigint,
    topology        jsonb        not null
);

create index pending_import_created_ix on pending_import (created_at);
