-- An architect's choice of another eligible strategy than the recommended one, with the
-- justification and the facts it was made on, kept even after it is withdrawn.
create table strategy_override (
    id                   bigint generated always as identity primary key,
    environment_key      varchar(64)   not null,
    unit_key             varchar(64)   not null,
    layer                varchar(8)    not null,
    strategy             varchar(32)   not null,
    justification        varchar(2000) not null,
    created_at           timestamptz   not null,
    created_by           varchar(64)   not null,
    topology_fingerprint varchar(64)   not null,
    policy_version       integer       not null,
    withdrawn_at         timestamptz,
    withdrawn_by         varchar(64),
    constraint strategy_override_layer check (layer in ('LOCAL', 'SITE'))
);

create index strategy_override_unit_ix on strategy_override (environment_key, unit_key, layer, id desc);
