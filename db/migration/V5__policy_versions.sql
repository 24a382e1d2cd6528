-- The protection policy (tiers, expected recovery times, product minimums). Every change is
-- a new version, so a plan can always say which policy it was made with.
create table policy_version (
    version    integer      primary key,
    created_at timestamptz  not null,
    created_by varchar(64)  not null,
    note       varchar(500) not null default '',
    document   jsonb        not null,
    constraint policy_version_positive check (version > 0)
);
