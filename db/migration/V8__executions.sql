-- A drill or a real failover: one execution of a published runbook version. Every action
-- is written as it happens; once closed the record changes no more (the triggers below
-- enforce it), and corrections are new rows that point at what they correct.
create table execution (
    id                   bigint generated always as identity primary key,
    environment_key      varchar(64)   not null,
    runbook_version_id   bigint        not null references runbook_version (id),
    runbook_key          varchar(80)   not null,
    runbook_title        varchar(500)  not null,
    runbook_number       integer       not null,
    unit_key             varchar(64)   not null,
    layer                varchar(8)    not null,
    strategy             varchar(32)   not null,
    tier                 integer       not null,
    rto_minutes          bigint        not null,
    kind                 varchar(8)    not null,
    failure_scope        varchar(24)   not null,
    failure_target       varchar(200)  not null,
    scenario_text        varchar(2000) not null,
    outage_declared_at   timestamptz   not null,
    started_at           timestamptz   not null,
    started_by           varchar(64)   not null,
    state                varchar(12)   not null,
    outcome              varchar(8),
    summary              varchar(4000),
    closed_at            timestamptz,
    closed_by            varchar(64),
    signed_off_at        timestamptz,
    signed_off_by        varchar(64),
    sign_off_note        varchar(2000),
    version              bigint        not null default 0,
    constraint execution_kind check (kind in ('DRILL', 'FAILOVER')),
    constraint execution_state check (state in ('RUNNING', 'CLOSED', 'SIGNED_OFF')),
    constraint execution_outcome check (outcome is null or outcome in ('SUCCESS', 'PARTIAL', 'FAILED')),
    constraint execution_layer check (layer in ('LOCAL', 'SITE')),
    constraint execution_closed check ((state = 'RUNNING') = (closed_at is null))
);

create index execution_environment_ix on execution (environment_key, id desc);
create index execution_state_ix on execution (state, id desc);

create table execution_participant (
    execution_id bigint      not null references execution (id),
    username     varchar(64) not null,
    role         varchar(40) not null,
    primary key (execution_id, username, role)
);

create table step_record (
    id               bigint generated always as identity primary key,
    execution_id     bigint        not null references execution (id),
    position         integer       not null,
    step_key         varchar(200)  not null,
    section          varchar(16)   not null,
    role             varchar(40)   not null,
    instruction      varchar(4000) not null,
    check_text       varchar(2000) not null,
    why              varchar(2000) not null,
    expected_minutes integer       not null,
    restores_service boolean       not null,
    state            varchar(8)    not null,
    started_at       timestamptz,
    started_by       varchar(64),
    finished_at      timestamptz,
    finished_by      varchar(64),
    reason           varchar(2000),
    version          bigint        not null default 0,
    constraint step_record_state check (state in ('PENDING', 'RUNNING', 'DONE', 'SKIPPED', 'FAILED')),
    constraint step_record_uk unique (execution_id, position)
);

create table step_note (
    id             bigint generated always as identity primary key,
    step_record_id bigint        not null references step_record (id),
    written_at     timestamptz   not null,
    written_by     varchar(64)   not null,
    text           varchar(4000) not null
);

create index step_note_step_ix on step_note (step_record_id, id);

create table evidence (
    id             bigint generated always as identity primary key,
    execution_id   bigint       not null references execution (id),
    step_record_id bigint       references step_record (id),
    file_name      varchar(255) not null,
    content_type   varchar(100) not null,
    size_bytes     bigint       not null,
    sha256         varchar(64)  not null,
    content        bytea        not null,
    attached_at    timestamptz  not null,
    attached_by    varchar(64)  not null
);

create index evidence_execution_ix on evidence (execution_id, id);

-- Findings are written when an execution closes; their follow-up goes on afterwards.
create table finding (
    id           bigint generated always as identity primary key,
    execution_id bigint        not null references execution (id),
    step_key     varchar(200),
    description  varchar(4000) not null,
    action       varchar(4000) not null,
    owner        varchar(64)   not null,
    due_on       date          not null,
    state        varchar(8)    not null,
    created_at   timestamptz   not null,
    created_by   varchar(64)   not null,
    done_at      timestamptz,
    done_by      varchar(64),
    constraint finding_state check (state in ('OPEN', 'DONE'))
);

create index finding_execution_ix on finding (execution_id);
create index finding_open_ix on finding (state, due_on);

create table execution_correction (
    id             bigint generated always as identity primary key,
    execution_id   bigint        not null references execution (id),
    step_record_id bigint        references step_record (id),
    text           varchar(4000) not null,
    written_at     timestamptz   not null,
    written_by     varchar(64)   not null
);

-- What a running execution records may not change once it is closed, whoever writes.
create function execution_must_be_running() returns trigger language plpgsql as $$
declare
    wanted bigint;
    current_state varchar(12);
begin
    if tg_table_name = 'step_note' then
        select s.execution_id into wanted from step_record s
         where s.id = coalesce(new.step_record_id, old.step_record_id);
    else
        wanted := coalesce(new.execution_id, old.execution_id);
    end if;
    select e.state into current_state from execution e where e.id = wanted;
    if current_state is distinct from 'RUNNING' then
        raise exception 'execution % is closed; add a correction instead', wanted
            using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end;
$$;

create trigger step_record_running before insert or update or delete on step_record
    for each row execute function execution_must_be_running();
create trigger step_note_running before insert or update or delete on step_note
    for each row execute function execution_must_be_running();
create trigger evidence_running before insert or update or delete on evidence
    for each row execute function execution_must_be_running();
create trigger participant_running before insert or update or delete on execution_participant
    for each row execute function execution_must_be_running();

-- A closed execution may only be signed off; a signed-off one not change at all.
create function execution_closed_is_final() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'executions are never deleted' using errcode = 'check_violation';
    end if;
    if old.state = 'RUNNING' then
        return new;
    end if;
    if old.state = 'CLOSED' and new.state = 'SIGNED_OFF'
       and (new.environment_key, new.runbook_version_id, new.kind, new.outage_declared_at, new.started_at,
            new.started_by, new.outcome, new.summary, new.closed_at, new.closed_by)
           is not distinct from
           (old.environment_key, old.runbook_version_id, old.kind, old.outage_declared_at, old.started_at,
            old.started_by, old.outcome, old.summary, old.closed_at, old.closed_by) then
        return new;
    end if;
    raise exception 'execution % is closed; add a correction instead', old.id using errcode = 'check_violation';
end;
$$;

create trigger execution_final before update or delete on execution
    for each row execute function execution_closed_is_final();

-- Recovery times measured by drills and failovers, kept by the strategy module to set
-- beside the policy's estimates.
create table recovery_measurement (
    id               bigint generated always as identity primary key,
    environment_key  varchar(64) not null,
    unit_key         varchar(64) not null,
    strategy         varchar(32) not null,
    tier             integer     not null,
    recovery_minutes bigint      not null,
    rto_minutes      bigint      not null,
    execution_id     bigint      not null unique,
    measured_at      timestamptz not null
);

create index recovery_measurement_strategy_ix on recovery_measurement (strategy, tier);

-- Problems drills found with steps of published runbooks, shown on the runbook until it
-- is published again.
create table runbook_finding (
    id              bigint generated always as identity primary key,
    environment_key varchar(64)   not null,
    runbook_key     varchar(80)   not null,
    number          integer       not null,
    step_key        varchar(200)  not null,
    step_outcome    varchar(8)    not null,
    finding         varchar(4000) not null,
    execution_id    bigint        not null,
    reported_at     timestamptz   not null
);

create index runbook_finding_ix on runbook_finding (environment_key, runbook_key, number);
