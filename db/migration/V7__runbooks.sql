-- An architect's edits to a generated runbook, kept apart from the generated text so that
-- they survive regeneration. One draft per unit and scenario.
create table runbook_draft (
    id              bigint generated always as identity primary key,
    environment_key varchar(64) not null,
    unit_key        varchar(64) not null,
    scenario        varchar(8)  not null,
    edits           jsonb       not null,
    revision        bigint      not null default 0,
    updated_at      timestamptz not null,
    updated_by      varchar(64) not null,
    constraint runbook_draft_scenario check (scenario in ('SITE', 'LOCAL'))
);

create unique index runbook_draft_uk on runbook_draft (environment_key, unit_key, scenario);

-- A published runbook: frozen content, the SHA-256 that printed and copied runbooks are
-- checked against, and the fingerprints of everything it was made from.
create table runbook_version (
    id                   bigint generated always as identity primary key,
    environment_key      varchar(64)  not null,
    unit_key             varchar(64)  not null,
    scenario             varchar(8)   not null,
    number               integer      not null,
    title                varchar(500) not null,
    strategy             varchar(32)  not null,
    content              jsonb        not null,
    content_sha256       varchar(64)  not null,
    topology_fingerprint varchar(64)  not null,
    topology_revision    bigint       not null,
    policy_version       integer      not null,
    procedures_version   integer      not null,
    published_at         timestamptz  not null,
    published_by         varchar(64)  not null,
    constraint runbook_version_scenario check (scenario in ('SITE', 'LOCAL')),
    constraint runbook_version_number check (number > 0)
);

create unique index runbook_version_uk on runbook_version (environment_key, unit_key, scenario, number);
create index runbook_version_sha_ix on runbook_version (content_sha256);

-- Every offline bundle handed out, so that a copy found on a USB stick can be checked.
create table runbook_bundle (
    id              bigint generated always as identity primary key,
    environment_key varchar(64)  not null,
    sha256          varchar(64)  not null,
    versions        text         not null,
    generated_at    timestamptz  not null,
    generated_by    varchar(64)  not null
);

create index runbook_bundle_sha_ix on runbook_bundle (sha256);
