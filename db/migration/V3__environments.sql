-- An environment's topology is one aggregate: every edit is validated against the whole
-- graph (references, co-location, cycles), so it is stored as one document and replaced
-- as a unit under optimistic locking.
create table environment (
    id          bigint generated always as identity primary key,
    key         varchar(64)  not null,
    name        varchar(200) not null,
    description text         not null default '',
    topology    jsonb        not null,
    fingerprint varchar(64)  not null,
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    created_by  varchar(64)  not null,
    updated_at  timestamptz  not null,
    updated_by  varchar(64)  not null,
    constraint environment_key_format check (key ~ '^[a-z0-9][a-z0-9._-]{0,63}$')
);

create unique index environment_key_uk on environment (key);

-- Who changed which element of an environment, when, from what to what.
create table topology_change (
    id             bigint generated always as identity primary key,
    environment_id bigint       not null references environment (id) on delete cascade,
    revision       bigint       not null,
    changed_at     timestamptz  not null,
    changed_by     varchar(64)  not null,
    element_type   varchar(16)  not null,
    element_key    varchar(300) not null,
    action         varchar(8)   not null,
    before_value   jsonb,
    after_value    jsonb,
    constraint topology_change_action check (action in ('created', 'changed', 'removed'))
);

create index topology_change_environment_ix on topology_change (environment_id, id desc);
