-- Everyone who acted on a step, kept even when a failed step is started again, so that no
-- one who took part can sign the execution off.
alter table step_record add column actors varchar(2000) not null default '';

-- Two people closing one finding's action at once get one result.
alter table finding add column version bigint not null default 0;

-- Rows cannot be moved out of a closed execution either: an update is checked against the
-- execution it comes from as well as the one it goes to.
create or replace function execution_must_be_running() returns trigger language plpgsql as $$
declare
    wanted bigint[];
    closed bigint;
begin
    if tg_table_name = 'step_note' then
        select array_agg(s.execution_id) into wanted from step_record s
         where s.id in (new.step_record_id, old.step_record_id);
    else
        wanted := array[new.execution_id, old.execution_id];
    end if;
    select e.id into closed from execution e where e.id = any (wanted) and e.state <> 'RUNNING' limit 1;
    if closed is not null then
        raise exception 'execution % is closed; add a correction instead', closed
            using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end;
$$;

-- Signing off may set the sign-off columns and the state, nothing else.
create or replace function execution_closed_is_final() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'executions are never deleted' using errcode = 'check_violation';
    end if;
    if old.state = 'RUNNING' then
        return new;
    end if;
    if old.state = 'CLOSED' and new.state = 'SIGNED_OFF'
       and (to_jsonb(new) - array['state', 'signed_off_at', 'signed_off_by', 'sign_off_note', 'version'])
           = (to_jsonb(old) - array['state', 'signed_off_at', 'signed_off_by', 'sign_off_note', 'version']) then
        return new;
    end if;
    raise exception 'execution % is closed; add a correction instead', old.id using errcode = 'check_violation';
end;
$$;

-- Corrections are never changed or removed; a finding keeps what it said, and only its
-- follow-up (state, who closed it and when) changes.
create function correction_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'corrections are never changed or removed' using errcode = 'check_violation';
end;
$$;

create trigger correction_append_only before update or delete on execution_correction
    for each row execute function correction_is_append_only();

create function finding_keeps_what_it_said() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE'
       or (to_jsonb(new) - array['state', 'done_at', 'done_by', 'version'])
          <> (to_jsonb(old) - array['state', 'done_at', 'done_by', 'version']) then
        raise exception 'finding % keeps what it said; only its follow-up changes', old.id
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;

create trigger finding_follow_up_only before update or delete on finding
    for each row execute function finding_keeps_what_it_said();
