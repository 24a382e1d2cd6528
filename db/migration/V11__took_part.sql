-- Whether someone took part in an execution: started or closed it, was named a participant,
-- acted on a step (even one later restarted), wrote a note or attached evidence. The
-- four-eyes sign-off refuses them, and the dashboard lists for each person only the
-- executions they may sign off, both by this one definition.
create function took_part(execution bigint, person varchar) returns boolean
    language sql stable
as $$
    select exists (select 1 from execution e
                    where e.id = execution and (e.started_by = person or e.closed_by = person))
        or exists (select 1 from execution_participant p
                    where p.execution_id = execution and p.username = person)
        or exists (select 1 from step_record s
                    where s.execution_id = execution
                      and (s.started_by = person or s.finished_by = person
                           or person = any (string_to_array(s.actors, ','))))
        or exists (select 1 from step_note n join step_record s on n.step_record_id = s.id
                    where s.execution_id = execution and n.written_by = person)
        or exists (select 1 from evidence v
                    where v.execution_id = execution and v.attached_by = person)
$$;

create index execution_awaiting_sign_off_ix on execution (closed_at) where state = 'CLOSED';
